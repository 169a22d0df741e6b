import fs from "node:fs";
import path from "node:path";

let fontCache: Buffer | undefined;
/**
 * Noto Sans SC (regular) from @expo-google-fonts/noto-sans-sc, read once per process, on first use: the certificate's PDF
 * (embedded as a subset) and its image (ImageResponse needs the bytes, not a path). 10 MB, so never at import time.
 */
export function cjkFont(): Buffer {
  fontCache ??= fs.readFileSync(
    path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"),
  );
  return fontCache;
}
