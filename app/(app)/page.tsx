import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/guard";
import { homeFor } from "@/lib/auth/permissions";

export default async function Home() {
  const viewer = await requireViewer();
  redirect(homeFor(viewer.role));
}
