"use client";

import dynamic from "next/dynamic";

/**
 * The attempt player in a chunk of its own. Turbopack gives every client component a server page imports one chunk
 * group, so the attempt page's result (a submitted attempt) loaded the whole player with it: 81 kB, 99 % unused there
 * (Lighthouse). Imported through `dynamic` from a client module, the player is a separate chunk, still rendered on the
 * server and preloaded where it is shown; the result does not load it.
 */
export const AttemptPlayerLazy = dynamic(() => import("./attempt-player").then((m) => m.AttemptPlayer));
