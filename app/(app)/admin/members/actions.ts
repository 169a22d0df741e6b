"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ZChangeRole, changeMemberRole } from "@/lib/org/change-role";
import { ZCreateMember, createMemberByAdmin } from "@/lib/org/create-member";
import { ZMoveMember, moveMember } from "@/lib/org/move-member";
import { ZUnlinkIdentity, unlinkIdentity } from "@/lib/org/member-identities";
import { resetMemberPassword } from "@/lib/org/reset-password";
import { ZMemberId, setMemberActive } from "@/lib/org/set-member-active";
import { ZUpdateMember, updateMemberProfile } from "@/lib/org/update-member";

const done = <T>(r: T) => {
  revalidatePath("/admin", "layout");
  return r;
};

export const createMemberAction = guardedAction({ permission: "admin", schema: ZCreateMember }, async (input, viewer) =>
  done(await createMemberByAdmin(db(), viewer, input)),
);

export const updateMemberAction = guardedAction({ permission: "admin", schema: ZUpdateMember }, async (input, viewer) =>
  done(await updateMemberProfile(db(), viewer, input)),
);

export const moveMemberAction = guardedAction({ permission: "admin", schema: ZMoveMember }, async (input, viewer) =>
  done(await moveMember(db(), viewer, input)),
);

export const changeRoleAction = guardedAction({ permission: "admin", schema: ZChangeRole }, async (input, viewer) =>
  done(await changeMemberRole(db(), viewer, input)),
);

export const deactivateMemberAction = guardedAction({ permission: "admin", schema: ZMemberId }, async (input, viewer) =>
  done(await setMemberActive(db(), viewer, input.memberId, false)),
);

export const reactivateMemberAction = guardedAction({ permission: "admin", schema: ZMemberId }, async (input, viewer) =>
  done(await setMemberActive(db(), viewer, input.memberId, true)),
);

export const resetPasswordAction = guardedAction({ permission: "admin", schema: ZMemberId }, async (input, viewer) =>
  done(await resetMemberPassword(db(), viewer, input.memberId)),
);

export const unlinkIdentityAction = guardedAction({ permission: "admin", schema: ZUnlinkIdentity }, async (input, viewer) =>
  done(await unlinkIdentity(db(), viewer, input)),
);
