import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { isToken, stringValue, TokenPolicy } from "./input";

/**
 * Every string in the synthesized JSON is a Terraform template: `${...}` and
 * `%{...}` in it are evaluated at plan time. User text must arrive as written, so
 * it is escaped (`$${`, `%%{`), which the engine turns back into `${`, `%{`.
 * Tokens are left alone: they are expressions on purpose.
 */
export function terraformLiteral(text: string): string {
  if (isToken(text)) return text;
  // A function as replacement: in a replacement string "$$" would mean one "$".
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

// Characters XML 1.0 (libvirt's domain XML) cannot carry, and ESC and DEL, which
// turn into terminal control sequences wherever the text is printed.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/**
 * Free text such as a description: at most `max` characters, no control
 * characters but tab and newline. `${` and `%{` are allowed and kept literal.
 */
export function freeText(scope: IConstruct, prop: string, value: unknown, max: number, tokens: TokenPolicy): string {
  const expected = `expected up to ${max} characters of text without control characters (tab and newline allowed)`;
  const text = stringValue(scope, prop, value, expected, tokens);
  if (isToken(text)) return text;
  if (text.length > max || CONTROL.test(text)) throw new ValidationError(scope, prop, text, expected);
  return text;
}
