import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ZUpsertMembersBody } from "@/lib/org/api-schemas";
import { syncMembers } from "@/lib/org/sync-api";

// upsertMembers: all or nothing; 422 with every row at fault. Initial passwords only in this response.
export const POST = guardedRoute({ permission: "admin", body: ZUpsertMembersBody }, ({ viewer, body }) => syncMembers(db(), viewer, body));
