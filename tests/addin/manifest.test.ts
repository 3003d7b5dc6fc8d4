import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/registry.js';
import { RIBBON_ACTIONS } from '../../addin/commands/commands.js';
import { functionsMetadata } from '../../addin/functions/metadata.js';
import { checkHost, HOST_TOKEN } from '../../scripts/build-addin.js';

// Offline checks of manifest.xml: the online validator (office-addin-manifest validate) needs
// the network, so these stand in for it in CI and it stays a documented release step.
const TEMPLATE = readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
const XML = TEMPLATE.split(HOST_TOKEN).join('addins.example.org/pathway');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: false });
const doc = parser.parse(XML) as Record<string, any>;
const app = doc.OfficeApp;
const host = app.VersionOverrides.Hosts.Host;

function resources(): Map<string, string> {
  const out = new Map<string, string>();
  const res = app.VersionOverrides.Resources;
  for (const group of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']) {
    const items = Object.values(res[group] as Record<string, unknown>).flat() as { '@id': string; '@DefaultValue': string }[];
    for (const item of items) out.set(item['@id'], item['@DefaultValue']);
  }
  return out;
}

describe('manifest.xml (offline validation)', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(TEMPLATE)).toBe(true);
  });

  it('keeps the schema order of OfficeApp children', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const seen = Object.keys(app).filter((k) => !k.startsWith('@'));
    expect(seen).toEqual(order);
  });

  it('has a GUID id, a four-part version, the Workbook host and only ReadWriteDocument (R8)', () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Hosts.Host['@Name']).toBe('Workbook');
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  it('requires SharedRuntime 1.1 and runs one long-lived runtime for pane, ribbon and functions', () => {
    expect(app.Requirements.Sets.Set).toMatchObject({ '@Name': 'SharedRuntime', '@MinVersion': '1.1' });
    const runtime = host.Runtimes.Runtime;
    expect(runtime['@lifetime']).toBe('long');
    const id = runtime['@resid'];
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf['@xsi:type']).toBe('CustomFunctions');
    expect(cf.Page.SourceLocation['@resid']).toBe(id);
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe(id);
    const controls = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control as any[];
    for (const c of controls.filter((c) => c.Action['@xsi:type'] === 'ShowTaskpane')) expect(c.Action.SourceLocation['@resid']).toBe(id);
  });

  it('puts custom functions in the PATHWAY namespace', () => {
    const ns = host.AllFormFactors.ExtensionPoint.Namespace['@resid'];
    expect(resources().get(ns)).toBe('PATHWAY');
  });

  it('has ribbon buttons Categorise, Targets, Forms and Settings, each wired to a registered action', () => {
    const controls = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control as any[];
    const labels = controls.map((c) => resources().get(c.Label['@resid']));
    expect(labels).toEqual(expect.arrayContaining(['Categorise', 'Targets', 'Forms', 'Settings']));
    for (const c of controls.filter((c) => c.Action['@xsi:type'] === 'ExecuteFunction')) {
      expect(Object.keys(RIBBON_ACTIONS)).toContain(c.Action.FunctionName);
    }
  });

  it('resolves every resid to a resource, each id at most 32 characters', () => {
    const ids = resources();
    const used = [...XML.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(ids.has(id), `resid ${id}`).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('uses https for every URL, and the template holds only the host placeholder', () => {
    // Namespace URIs (xmlns) name schemas and are never fetched; every other URL is a resource Office loads.
    const urls = [...XML.matchAll(/DefaultValue="(\w+:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://'), u).toBe(true);
    expect(TEMPLATE).not.toMatch(/https:\/\/(?!__PATHWAY_HOST__)[a-z]/i);
    // Office.js itself comes from Microsoft's CDN (a store requirement), referenced from the page, not the manifest.
  });

  it('refuses a host that is not a host name', () => {
    expect(checkHost('https://addins.example.org/pathway/')).toBe('addins.example.org/pathway');
    expect(() => checkHost('evil.example.org"><x')).toThrow(/not a host name/);
  });
});

describe('functions.json (generated from the core registry)', () => {
  const meta = functionsMetadata(FUNCTIONS);

  it('names exactly the registry ids, at least the categorise and targets functions', () => {
    expect(meta.functions.map((f) => f.name)).toEqual(FUNCTIONS.map((f) => f.id));
    expect(meta.functions.map((f) => f.id)).toEqual(expect.arrayContaining(['PHASE', 'CATEGORY', 'BANDPOSITION', 'TRAJECTORY', 'TARGET', 'MILESTONE', 'PROGRESS']));
    expect(new Set(meta.functions.map((f) => f.id.toUpperCase())).size).toBe(meta.functions.length);
  });

  it('carries each registry function\'s description, example and parameters unchanged', () => {
    for (const def of FUNCTIONS) {
      const f = meta.functions.find((m) => m.id === def.id)!;
      expect(f.description).toContain(def.description);
      expect(f.description).toContain(def.example);
      expect(f.parameters.map((p) => [p.name, p.description, p.type, p.dimensionality, p.optional ?? false])).toEqual(
        def.params.map((p) => [p.name, p.description, p.type, p.dimensionality, p.optional ?? false]),
      );
      expect(f.result).toEqual(def.result);
    }
  });

  it('uses only types and dimensionalities Excel accepts, with optional parameters last', () => {
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      for (const p of [...f.parameters, f.result]) {
        expect(['number', 'string', 'boolean', 'any']).toContain(p.type);
        expect(['scalar', 'matrix']).toContain(p.dimensionality);
      }
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});
