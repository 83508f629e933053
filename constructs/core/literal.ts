import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { Token, Tokenization } from "cdktf";
import { isToken, stringValue, TokenPolicy } from "./input";

/**
 * Every string in the synthesized JSON is a Terraform template: `${...}` and
 * `%{...}` in it are evaluated at plan time. User text must arrive as written, so
 * it is escaped (`$${`, `%%{`), which the engine turns back into `${`, `%{`.
 * Tokens are expressions on purpose and stay live, but only they: a string that
 * joins user text and tokens is split into its literal and token fragments and
 * every literal fragment is escaped, so text next to a variable is still text.
 */
export function terraformLiteral(text: string): string {
  if (!Token.isUnresolved(text)) return escapeTemplate(text);
  let out = "";
  let at = 0;
  for (const token of text.matchAll(TOKEN_MARK)) {
    out += escapeTemplate(text.slice(at, token.index)) + token[0];
    at = token.index! + token[0].length;
  }
  out += escapeTemplate(text.slice(at));
  // The same literals cdktf itself finds in the string (which also refuses a forged token).
  if (literalFragments(text).join("") !== text.split(TOKEN_MARK).join("")) {
    throw new Error(`cannot tell the text from the tokens in ${JSON.stringify(text.slice(0, 80))}`);
  }
  return out;
}

/** The text around the tokens of a string, in order, as cdktf reads it. */
export function literalFragments(text: string): string[] {
  return Tokenization.reverseString(text).literals.map(String);
}

/** How cdktf writes a string token into a string: `${TfToken[TOKEN.12]}`. */
const TOKEN_MARK = /\$\{TfToken\[[A-Za-z0-9_.]+\]\}/g;

function escapeTemplate(text: string): string {
  // A function as replacement: in a replacement string "$$" would mean one "$".
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

// Characters XML 1.0 (libvirt's domain XML) cannot carry: C0 controls but tab and
// newline, CR (which the README's rules refuse: it hides a line), the noncharacters
// U+FFFE and U+FFFF, and lone surrogates (no character at all); and ESC, DEL and the
// C1 controls, which turn into terminal control sequences wherever the text is shown.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A string that holds tokens, whose values the target checks at plan: the text
 * joined to them is checked here, for the characters no value of any prop may
 * carry (control characters, noncharacters, lone surrogates; tab and newline too).
 */
export function checkTextAroundTokens(scope: IConstruct, prop: string, text: string, expected: string): string {
  const literal = literalFragments(text).join("");
  if (/[\t\n]/.test(literal) || CONTROL.test(literal)) {
    throw new ValidationError(scope, prop, text, expected);
  }
  return text;
}

/**
 * Free text such as a description: at most `max` characters, no control
 * characters but tab and newline. `${` and `%{` are allowed and kept literal.
 */
export function freeText(scope: IConstruct, prop: string, value: unknown, max: number, tokens: TokenPolicy): string {
  const expected = `expected up to ${max} characters of text without control characters (tab and newline allowed; not CR), ` +
    "U+FFFE, U+FFFF or lone surrogates";
  const text = stringValue(scope, prop, value, expected, tokens);
  // A token's value is checked at plan; the text joined to it is checked here.
  const literal = isToken(text) ? literalFragments(text).join("") : text;
  if (literal.length > max || CONTROL.test(literal)) throw new ValidationError(scope, prop, text, expected);
  return text;
}

/**
 * One line of free text such as a title: at most `max` characters, no control
 * characters at all (not tab or newline either). `${` and `%{` are allowed and kept literal.
 */
export function oneLineText(scope: IConstruct, prop: string, value: unknown, max: number, tokens: TokenPolicy): string {
  const expected = `expected one line of up to ${max} characters without control characters (no tab or newline), ` +
    "U+FFFE, U+FFFF or lone surrogates";
  const text = stringValue(scope, prop, value, expected, tokens);
  // A token's value is checked at plan; the text joined to it is checked here.
  const literal = isToken(text) ? literalFragments(text).join("") : text;
  if (literal.length > max || /[\t\n]/.test(literal) || CONTROL.test(literal)) throw new ValidationError(scope, prop, text, expected);
  return text;
}
