"use client";

import { FileDownIcon, FileUpIcon } from "lucide-react";
import { useId, useState, type DragEvent } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { saveFile } from "@/lib/api/client/save-file";
import { TEMPLATE_FILE_NAME, templateCsv } from "@/lib/monitors/import/template";
import { cn } from "@/lib/utils";

type FilePickerProps = { onFile: (file: File) => void; fileName: string | undefined };

export function downloadTemplate(): void {
  saveFile(new Blob([templateCsv()], { type: "text/csv;charset=utf-8" }), TEMPLATE_FILE_NAME);
}

/** Choose a CSV or JSON file, or drop one on the box; the template beside it. */
export function FilePicker({ onFile, fileName }: FilePickerProps) {
  const inputId = useId();
  const [isOver, setIsOver] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <div className="space-y-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={drop}
        className={cn(
          "flex flex-col items-center gap-3 rounded-lg border border-dashed bg-card px-4 py-6 text-center",
          isOver && "border-primary bg-accent",
        )}
      >
        {/* The input itself is hidden: its label is the button, which keeps the input's keyboard focus ring. */}
        <input
          id={inputId}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="peer sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            // The same file again (after fixing it in a spreadsheet) must still be read.
            event.target.value = "";
          }}
        />
        <label
          htmlFor={inputId}
          className={cn(
            buttonVariants({ variant: fileName ? "outline" : "default" }),
            "h-auto min-h-9 cursor-pointer text-center whitespace-normal peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50",
          )}
        >
          <FileUpIcon aria-hidden />
          {fileName ? "Choose another CSV or JSON file of monitors" : "Choose a CSV or JSON file of monitors"}
        </label>
        <p className="text-sm text-muted-foreground">
          or drop it here. Its first row names the columns, as in the template or an export.
        </p>
        {fileName ? <p className="text-sm font-medium">Read: {fileName}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        <Button type="button" variant="outline" size="sm" onClick={downloadTemplate}>
          <FileDownIcon aria-hidden />
          Download the template (CSV)
        </Button>
        <span>A header row and one example monitor; leave a cell empty for the account default.</span>
      </div>
    </div>
  );
}
