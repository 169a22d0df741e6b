"use client";

import { Icon } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()} className="no-print">
      <Icon name="printer" className="size-5" />
      打印
    </Button>
  );
}
