// A real <button> in one of four looks; it never submits a form unless asked to.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';
export type ButtonSize = 'normal' | 'large';

export interface ButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'size' | 'class' | 'className'> {
  variant?: ButtonVariant;
  class?: string;
  size?: ButtonSize;
  children: ComponentChildren;
}

export function Button({
  variant = 'primary',
  size = 'normal',
  type = 'button',
  class: extraClass,
  children,
  ...rest
}: ButtonProps) {
  const classes = [
    'button',
    `button--${variant}`,
    size === 'large' ? 'button--large' : '',
    extraClass,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button {...rest} type={type} class={classes}>
      {children}
    </button>
  );
}
