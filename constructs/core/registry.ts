import { App } from "cdktf";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

/**
 * Values that must be unique within one app (MACs, IPs per network, interface
 * names per host, ...). Claims are recorded per app, so two apps in one process
 * (as in tests) never see each other's claims.
 */
const claimsByApp = new WeakMap<IConstruct, Map<string, string>>();

export function claimUnique(scope: IConstruct, kind: string, value: string, prop: string): void {
  const app = App.of(scope);
  let claims = claimsByApp.get(app);
  if (!claims) {
    claims = new Map();
    claimsByApp.set(app, claims);
  }
  const key = `${kind}\u0000${value}`;
  const owner = claims.get(key);
  if (owner !== undefined && owner !== scope.node.path) {
    throw new ValidationError(scope, prop, value, `${kind} must be unique within the app, but ${owner} already uses it`);
  }
  claims.set(key, scope.node.path);
}
