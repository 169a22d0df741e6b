"use client";

import { ClientButton } from "@/components/forms/client-button";
import { Icon } from "@/components/ui/icons";

export function PrintButton() {
  return (
    <ClientButton onClick={() => window.print()} className="no-print">
      <Icon name="printer" className="size-5" />
      打印
    </ClientButton>
  );
}
