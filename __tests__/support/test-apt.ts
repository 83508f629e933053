// A test-local APT repository: the .deb files a guest image lacks for some packages,
// fetched once with `apt-get download` from the archive the host's apt is configured
// with, cached, indexed with dpkg-scanpackages, signed with a throwaway OpenPGP key
// the test makes, and served over http by a small server bound to one address.
//
// Which .deb files: the image's own dpkg status (read out of its ext4 root with
// debugfs) stands in for the host's in `apt-get install -s`, so apt computes exactly
// what the guest would install (recommends off: absent ones the guest's apt skips).
// Cached under ${HYPERLAB_CACHE:-~/.cache/hyperlab}/test-apt/<digest of the status and
// the package list>; rebuilt when missing (an incomplete one has no `complete` file).
//
// Signed, not [trusted=yes]: the guest's apt then checks InRelease against the key
// the seed gives it (signed-by), as it would for a real third-party repository, so
// the test covers the key's way into the guest too. The key lives only in the
// test's directory; its gpg-agent is ended with `gpgconf --kill` on that home.
import { ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { run } from "./engine";

export interface TestAptRepository {
  /** The directory served: Packages, Packages.gz, Release, InRelease, Release.gpg and the .deb files. */
  readonly dir: string;
  /** The ASCII-armored public key the repository is signed with. */
  readonly key: string;
  /** What apt would install into the image: package name to version. */
  readonly packages: ReadonlyMap<string, string>;
}

/** The .deb files `packages` need in the image at imageDir/root.img: from the cache, or downloaded now. */
function debs(imageDir: string, packages: readonly string[], cacheRoot: string, work: string): { dir: string; packages: Map<string, string> } {
  const status = run("debugfs", ["-R", "cat /var/lib/dpkg/status", join(imageDir, "root.img")]).stdout;
  if (!/^Package: /m.test(status)) throw new Error(`no dpkg status read from ${imageDir}/root.img`);
  const statusFile = join(work, "image-dpkg-status");
  writeFileSync(statusFile, status);
  const digest = createHash("sha256").update(status).update("\0").update(packages.join(" ")).digest("hex").slice(0, 16);
  const dir = join(cacheRoot, "test-apt", digest);
  const listFile = join(dir, "packages.txt");
  const parse = (text: string) => new Map(text.trim().split("\n").filter(Boolean).map((l) => l.split(" ") as [string, string]));
  if (existsSync(join(dir, "complete"))) return { dir, packages: parse(readFileSync(listFile, "utf8")) };

  const sim = run("apt-get", ["install", "-s", "-qq", "-o", `Dir::State::status=${statusFile}`, "-o", "APT::Install-Recommends=false",
    "-o", "Debug::NoLocking=1", ...packages]).stdout;
  const wanted = new Map<string, string>();
  for (const m of sim.matchAll(/^Inst (\S+) (?:\[[^\]]*\] )?\((\S+) /gm)) wanted.set(m[1], m[2]);
  for (const p of packages) if (!wanted.has(p)) throw new Error(`apt would not install ${p} into the image:\n${sim}`);
  const tmp = mkdtempSync(join(cacheRoot, "test-apt", ".partial-"));
  try {
    run("apt-get", ["download", "-qq", ...[...wanted].map(([p, v]) => `${p}=${v}`)], { cwd: tmp, timeoutMs: 600_000 });
    const got = readdirSync(tmp).filter((f) => f.endsWith(".deb"));
    if (got.length !== wanted.size) throw new Error(`apt-get download fetched ${got.length} of ${wanted.size} packages: ${got.join(", ")}`);
    writeFileSync(join(tmp, "packages.txt"), [...wanted].map(([p, v]) => `${p} ${v}\n`).join(""));
    writeFileSync(join(tmp, "complete"), "");
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { dir, packages: wanted };
}

/**
 * Makes the repository in work/apt-repo for `packages` (and what they need that the
 * image lacks), signed by a key made now in work/gnupg.
 */
export function testAptRepository(opts: { imageDir: string; packages: readonly string[]; cacheRoot: string; work: string }): TestAptRepository {
  mkdirSync(join(opts.cacheRoot, "test-apt"), { recursive: true });
  const cached = debs(opts.imageDir, opts.packages, opts.cacheRoot, opts.work);
  const dir = join(opts.work, "apt-repo");
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(cached.dir).filter((f) => f.endsWith(".deb"))) copyFileSync(join(cached.dir, f), join(dir, f));
  const index = run("dpkg-scanpackages", ["--multiversion", ".", "/dev/null"], { cwd: dir }).stdout;
  writeFileSync(join(dir, "Packages"), index);
  writeFileSync(join(dir, "Packages.gz"), gzipSync(index, { level: 9 }));
  const sums = ["Packages", "Packages.gz"].map((f) => {
    const data = readFileSync(join(dir, f));
    return ` ${createHash("sha256").update(data).digest("hex")} ${statSync(join(dir, f)).size} ${f}`;
  });
  writeFileSync(join(dir, "Release"), ["Origin: hyperlab-test", "Label: hyperlab-test", `Date: ${new Date().toUTCString()}`,
    "SHA256:", ...sums, ""].join("\n"));

  const home = join(opts.work, "gnupg");
  mkdirSync(home, { mode: 0o700 });
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (...args: string[]) => run("gpg", ["--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "", ...args], { env, cwd: dir });
  try {
    gpg("--quick-gen-key", "hyperlab test repository <apt@hyperlab.invalid>", "ed25519", "sign", "1d");
    gpg("--yes", "--clearsign", "-o", "InRelease", "Release");
    gpg("--yes", "--armor", "--detach-sign", "-o", "Release.gpg", "Release");
    const key = gpg("--armor", "--export").stdout;
    if (!key.includes("BEGIN PGP PUBLIC KEY BLOCK")) throw new Error(`gpg exported no key: ${key}`);
    return { dir, key, packages: cached.packages };
  } finally {
    run("gpgconf", ["--kill", "gpg-agent"], { env, ok: [0, 1, 2] });
  }
}

// Serves a directory on one address; IP_FREEBIND (15 on Linux) lets it bind before
// the address exists (the deploy makes the bridge that carries it). Requests are
// logged one a line: client address, request line, status.
const SERVER = `
import functools, http.server, socket, socketserver, sys
root, addr, port, log = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
class Server(http.server.ThreadingHTTPServer):
    def server_bind(self):
        self.socket.setsockopt(socket.SOL_IP, 15, 1)
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = addr, port
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_request(self, code="-", size="-"):
        with open(log, "a") as f:
            f.write("%s %s %s\\n" % (self.client_address[0], self.requestline, code))
Server((addr, port), functools.partial(Handler, directory=root)).serve_forever()
`;

export interface HttpServer {
  readonly url: string;
  /** The requests served so far, one a line: client, request line, status. */
  requests(): string;
  /** Ends the server (by its pid). */
  stop(): void;
}

/** Starts python3's http.server on address:port for dir; fails if it has exited within a second. */
export async function serveDirectory(dir: string, address: string, port: number, log: string): Promise<HttpServer> {
  writeFileSync(log, "");
  const child: ChildProcess = spawn("/usr/bin/python3", ["-c", SERVER, dir, address, String(port), log], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (b) => { stderr += b; });
  await new Promise((r) => setTimeout(r, 1000));
  if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the test's http server on ${address}:${port} ended: ${stderr}`);
  return {
    url: `http://${address}:${port}/`,
    requests: () => readFileSync(log, "utf8"),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, "SIGTERM");
    },
  };
}
