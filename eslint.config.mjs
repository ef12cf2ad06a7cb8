import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The sandbox stands in for AlertSite, so it and the console never import each other: the console
// reaches the sandbox only over HTTP. Tests, e2e support and the bench may import it (they start it).
const sandboxStandsAlone = {
  files: ["lib/sandbox/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^@/(?!lib/sandbox(/|$))",
            message: "The sandbox knows nothing about the console: import only from lib/sandbox.",
          },
          {
            regex: "^\\.\\./",
            message: "The sandbox knows nothing about the console: import only from lib/sandbox.",
          },
        ],
      },
    ],
  },
};

const consoleIgnoresSandbox = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
  ignores: ["lib/sandbox/**", "**/*.test.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^(@/lib/|(\\.\\.?/)+(lib/)?)sandbox(/|$)",
            message:
              "The console talks to the sandbox only over HTTP, like to AlertSite (demo logins: GET /demo-logins).",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  sandboxStandsAlone,
  consoleIgnoresSandbox,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      ".data/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
