import { join } from "node:path";
import * as ts from "typescript";

/** One settable place in a construct's props: a path such as `nics[].address` and what it holds. */
export interface PropPath {
  readonly path: string;
  readonly kind: "string" | "number" | "boolean" | "string[]" | "reference" | "object";
}

/** A construct class exported by constructs/index.ts, with every prop path of its props interface. */
export interface ConstructSchema {
  readonly name: string;
  readonly props: PropPath[];
}

/**
 * Reads the construct classes and their props interfaces from the TypeScript
 * sources, so a prop or construct added later is swept without anyone listing it.
 * Nested props objects (`*Props`, also in arrays) are walked; other object types
 * (LinuxHost, IBridgedNetwork, TapInterface) are references, set whole.
 */
export function constructSchemas(root: string): ConstructSchema[] {
  const entry = join(root, "constructs", "index.ts");
  const program = ts.createProgram([entry], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const schemas: ConstructSchema[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration;
    if (!declaration || !ts.isClassDeclaration(declaration)) continue;
    const ctor = declaration.members.find(ts.isConstructorDeclaration);
    const propsParam = ctor?.parameters.find((p) => p.name.getText() === "props");
    if (!propsParam) continue;
    const props: PropPath[] = [];
    walk(checker, checker.getTypeAtLocation(propsParam), "", props);
    schemas.push({ name: symbol.name, props });
  }
  return schemas.sort((a, b) => a.name.localeCompare(b.name));
}

function walk(checker: ts.TypeChecker, type: ts.Type, prefix: string, out: PropPath[]): void {
  for (const prop of checker.getPropertiesOfType(type)) {
    const path = prefix ? `${prefix}.${prop.name}` : prop.name;
    const declared = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
    const element = checker.isArrayType(declared) ? checker.getTypeArguments(declared as ts.TypeReference)[0] : undefined;
    if (element && isPropsObject(element)) {
      out.push({ path, kind: "object" });
      walk(checker, element, `${path}[]`, out);
    } else if (element) {
      out.push({ path, kind: "string[]" });
    } else if (isPropsObject(declared)) {
      out.push({ path, kind: "object" });
      walk(checker, declared, path, out);
    } else if (declared.isUnion() && declared.types.some(isPropsObject)) {
      // A string or a props object (`template: string | LxcTemplateProps`): both halves are props.
      const strings = declared.types.filter((t) => !isPropsObject(t));
      out.push({ path, kind: strings.every((t) => t.flags & ts.TypeFlags.StringLike) ? "string" : "reference" });
      for (const object of declared.types.filter(isPropsObject)) walk(checker, object, path, out);
    } else {
      out.push({ path, kind: leafKind(declared) });
    }
  }
}

/**
 * A nested props object: an interface of the library's own sources that is not a
 * reference (IBridgedNetwork and the like are named I...), or an inline object type
 * (`clone?: { template: string }`). Classes (LinuxHost, TerraformVariable) are references.
 */
function isPropsObject(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if ((type.flags & ts.TypeFlags.Object) === 0 || !declaration) return false;
  if (ts.isTypeLiteralNode(declaration)) return true;
  const ours = !declaration.getSourceFile().fileName.includes("node_modules");
  return ours && ts.isInterfaceDeclaration(declaration) && !/^I[A-Z]/.test(symbol!.name);
}

function leafKind(type: ts.Type): PropPath["kind"] {
  // A string or a construct (`bootImage: string | BaseImage`): its string half is a string prop.
  const all = type.isUnion() ? type.types : [type];
  const strings = all.filter((t) => !t.getSymbol()?.declarations?.some(ts.isClassDeclaration));
  const parts = strings.length > 0 && strings.every((t) => t.flags & ts.TypeFlags.StringLike) ? strings : all;
  if (parts.every((t) => t.flags & ts.TypeFlags.StringLike)) return "string";
  if (parts.every((t) => t.flags & ts.TypeFlags.NumberLike)) return "number";
  if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return "boolean";
  return "reference";
}
