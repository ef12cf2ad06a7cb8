// The pages whose cost is measured, and how to tell each has finished loading.

export type PageKey = "sign-in" | "list" | "monitor" | "create" | "edit" | "activity" | "bare";

export type PageSpec = {
  key: PageKey;
  label: string;
  path: string;
  isSignedIn: boolean;
  /** Present once the page shows what it is for (data loaded, form rendered). */
  readySelector: string;
};

export const BARE_PAGE: PageSpec = {
  key: "bare",
  label: "bare page (bench build only)",
  path: "/bench/bare",
  isSignedIn: false,
  readySelector: "main h1",
};

export const CONSOLE_PAGES: readonly PageSpec[] = [
  {
    key: "sign-in",
    label: "sign-in",
    path: "/sign-in",
    isSignedIn: false,
    readySelector: 'form input[type="password"]',
  },
  // A data row links to its monitor's edit page; the loading skeleton has no links.
  { key: "list", label: "list", path: "/monitors", isSignedIn: true, readySelector: 'main tbody a[href$="/edit"]' },
  // The status card is rendered once the monitor and its status have loaded.
  {
    key: "monitor",
    label: "monitor page",
    path: "/monitors/123456",
    isSignedIn: true,
    readySelector: "main #status-heading",
  },
  { key: "create", label: "create", path: "/monitors/new", isSignedIn: true, readySelector: 'main form [name="name"]' },
  // The form appears only once the monitor has loaded from AlertSite.
  {
    key: "edit",
    label: "edit",
    path: "/monitors/123456/edit",
    isSignedIn: true,
    readySelector: 'main form [name="name"]',
  },
  // The entry count heads the list (or says there is nothing yet): the server has read the history.
  { key: "activity", label: "activity", path: "/activity", isSignedIn: true, readySelector: "main #activity-count" },
];

export const ALL_PAGES: readonly PageSpec[] = [...CONSOLE_PAGES, BARE_PAGE];
