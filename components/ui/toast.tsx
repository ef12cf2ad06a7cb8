"use client";

import { cva, type VariantProps } from "class-variance-authority";
import { CheckCircle2Icon, CircleAlertIcon, XIcon } from "lucide-react";
import { Toast as ToastPrimitive } from "radix-ui";
import { type ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { useHydrated } from "./use-hydrated";
import { dismissToast, toast, useToasts } from "./use-toast";

// Radix Toast styles nothing itself and injects no <style>, so it works under the strict style-src.

function ToastViewport({ className, ...props }: ComponentProps<typeof ToastPrimitive.Viewport>) {
  return (
    <ToastPrimitive.Viewport
      data-slot="toast-viewport"
      className={cn(
        "fixed right-0 bottom-0 z-[100] flex max-h-dvh w-full flex-col gap-2 p-4 outline-none sm:max-w-sm",
        className,
      )}
      {...props}
    />
  );
}

const toastVariants = cva(
  "pointer-events-auto relative flex w-full items-start gap-3 rounded-lg border bg-popover p-4 pr-10 text-sm text-popover-foreground shadow-lg data-[state=closed]:opacity-0 data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x) [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0",
  {
    variants: {
      variant: {
        default: "",
        success: "[&>svg]:text-success",
        destructive: "border-destructive/40 [&>svg]:text-destructive",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

type ToastProps = ComponentProps<typeof ToastPrimitive.Root> & VariantProps<typeof toastVariants>;

function Toast({ className, variant, ...props }: ToastProps) {
  return <ToastPrimitive.Root data-slot="toast" className={cn(toastVariants({ variant }), className)} {...props} />;
}

function ToastTitle({ className, ...props }: ComponentProps<typeof ToastPrimitive.Title>) {
  return <ToastPrimitive.Title data-slot="toast-title" className={cn("font-semibold", className)} {...props} />;
}

function ToastDescription({ className, ...props }: ComponentProps<typeof ToastPrimitive.Description>) {
  return (
    <ToastPrimitive.Description
      data-slot="toast-description"
      className={cn("mt-1 text-muted-foreground", className)}
      {...props}
    />
  );
}

function ToastClose({ className, ...props }: ComponentProps<typeof ToastPrimitive.Close>) {
  return (
    <ToastPrimitive.Close
      data-slot="toast-close"
      aria-label="Close"
      className={cn(
        "absolute top-3 right-3 rounded-sm p-0.5 text-muted-foreground transition-colors hover:text-foreground",
        className,
      )}
      {...props}
    >
      <XIcon className="size-4" aria-hidden />
    </ToastPrimitive.Close>
  );
}

/** Where toasts appear. Mount once (the console layout); show one with `toast()` from `use-toast`. */
function Toaster() {
  const toasts = useToasts();
  const isHydrated = useHydrated();
  // The viewport's region carries a `style` attribute, which the CSP refuses in server HTML.
  if (!isHydrated) return null;
  return (
    <ToastPrimitive.Provider swipeDirection="right">
      {toasts.map(({ id, title, description, variant, isOpen }) => (
        <Toast
          key={id}
          variant={variant}
          open={isOpen}
          onOpenChange={(open) => {
            if (!open) dismissToast(id);
          }}
        >
          {variant === "success" ? <CheckCircle2Icon aria-hidden /> : null}
          {variant === "destructive" ? <CircleAlertIcon aria-hidden /> : null}
          <div className="min-w-0">
            <ToastTitle>{title}</ToastTitle>
            {description ? <ToastDescription>{description}</ToastDescription> : null}
          </div>
          <ToastClose />
        </Toast>
      ))}
      <ToastViewport />
    </ToastPrimitive.Provider>
  );
}

export { Toast, ToastClose, ToastDescription, ToastTitle, ToastViewport, Toaster, toast };
