// The package's public names, types included, as a user's compiler sees them: an
// export added or removed without updating this list fails here, so an internal
// (a backend, a spec, a NIC resolver, a validator) does not become a semver promise
// by accident. The package's "exports" map publishes only the index and l1/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "..");

const PUBLIC = [
  // Values (classes and functions) ...
  "BaseImage", "BridgedNetwork", "ConfigurationError", "ExistingBridge", "HyperlabApp", "KvmGuest", "LinuxHost", "LxcContainer",
  "ProxmoxNode", "RefusedConstructError", "StretchedBridge", "TapInterface", "ValidationError", "VirtualBoxVm", "VmnetNetwork", "VmwareVm",
  "usePostgresState",
  // ... and the types of their props.
  "BaseImageProps", "BridgeDhcpProps", "BridgeDnsProps", "BridgeMode", "BridgeOverlayProps", "BridgedNetworkProps", "DhcpReservation",
  "ExistingBridgeProps", "GuestNicProps", "IBridgedNetwork", "KernelBootProps", "KvmAptSourceProps", "KvmCloudInitCommandProps",
  "KvmCloudInitFileProps", "KvmCloudInitProps", "KvmDiskProps", "KvmGuestProps", "KvmNicProps", "KvmProxmoxProps",
  "KvmWaitForProps", "LinuxHostProps", "LinuxHostSshProps", "LxcContainerProps", "LxcDebianTemplateProps", "LxcFileProps", "LxcProxmoxProps", "LxcTemplateProps", "PostgresStateProps", "ProxmoxMountPointProps",
  "ProxmoxNodeProps", "ProxmoxSnippetsProps", "ProxmoxStartupProps", "ProxmoxVmidRange", "ResolvedNic", "StretchedBridgeProps", "TapInterfaceProps", "UnverifiedChecksum",
  "VirtualBoxNicProps", "VirtualBoxVmProps", "VmnetMode", "VmnetNetworkProps", "VmwareNicProps", "VmwareVmProps", "WaitForProps",
].sort();

test("constructs/index.ts exports exactly the public names", () => {
  const index = join(ROOT, "constructs", "index.ts");
  const program = ts.createProgram([index], { strict: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const names = checker.getExportsOfModule(module).map((s) => s.getName()).sort();
  expect(names).toEqual(PUBLIC);
});

test("at run time, only the classes and functions of the list", () => {
  const values = Object.keys(require("../constructs")).sort();
  expect(values.every((n) => PUBLIC.includes(n))).toBe(true);
  for (const internal of ["resolveNics", "nicList", "requireSameHost", "describeValue", "guestAddresses", "proxmoxStorage", "backendOf"]) {
    expect(values).not.toContain(internal);
  }
});

test("the package publishes the index and l1/ only", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(Object.keys(pkg.exports).sort()).toEqual([".", "./l1", "./package.json"]);
});
