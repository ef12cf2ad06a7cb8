import { PageNotFound } from "@/components/layout/page-not-found";

/** `notFound()` from a signed-in page: inside the console's layout, so the header stays. */
export default function ConsoleNotFound() {
  return <PageNotFound />;
}
