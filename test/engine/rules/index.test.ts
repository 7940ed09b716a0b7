/**
 * The rule index and the rule tests stay in step: every contract rule id has exactly one rule
 * in RULES, and every rule module under src/engine/rules has its RuleTester table here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../../../src/engine/report';
import { RULES } from '../../../src/engine/rules';

const RULES_DIR = path.resolve(__dirname, '../../../src/engine/rules');
const HELPERS = new Set(['index.ts', 'rule.ts', 'cells.ts']);

describe('rule index', () => {
  it('has one rule per contract rule id', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  const modules = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));

  it.each(modules)('%s has a RuleTester test file', (file) => {
    expect(fs.existsSync(path.join(__dirname, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });

  it.each(modules)('%s is named after its rule id', (file) => {
    const id = file.replace(/\.ts$/, '').replace('-', '.');
    expect(RULE_IDS).toContain(id);
  });
});
