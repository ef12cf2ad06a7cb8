export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. The console encrypts sessions (which hold AlertSite tokens) with it, " +
  "so a production server refuses to start without one. Generate one with `openssl rand -base64 32` " +
  "and give every instance the same value (see .env.example).";
