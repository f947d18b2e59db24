// kubectl edit's editor loop (k8s.io/kubectl pkg/cmd/util/editor/editoptions.go): an Invalid answer prints
// `error: RESOURCE "NAME" is invalid` (editResults.addError) and reopens the file with the causes written as
// comments under the instructions (editHeader.writeTo); closing it again unchanged keeps a copy and saves
// nothing (preservedFile, "Edit cancelled, no valid changes were saved.").
import { describe, expect, it } from 'vitest';
import { shell } from './fixtures';

const INSTRUCTIONS =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

function opened() {
  const sh = shell();
  sh.run('kubectl create -f service-definition.yaml');
  return { sh, edit: sh.run('kubectl edit svc webapp-service').edit! };
}

describe('kubectl edit, saved', () => {
  it('opens the object under the instructions', () => {
    expect(opened().edit.text.startsWith(`${INSTRUCTIONS}apiVersion: v1\nkind: Service\n`)).toBe(true);
  });

  it('closed unchanged: "Edit cancelled, no changes made." and nothing written', () => {
    const { edit } = opened();
    expect(edit.save(edit.text)).toEqual({ text: 'Edit cancelled, no changes made.', exitCode: 0 });
  });

  it('an invalid edit prints one line and reopens the file with the causes', () => {
    const { sh, edit } = opened();
    const bad = edit.save(edit.text.replace('nodePort: 30080', 'nodePort: 80'));
    expect(bad.text).toBe('error: services "webapp-service" is invalid');
    expect(bad.exitCode).toBe(1);
    const reopened = bad.edit!.text;
    expect(reopened).toMatch(
      /^# Please edit[^]*#\n# services "webapp-service" was not valid:\n# \* spec\.ports\[0\]\.nodePort: Invalid value: 80: provided port is not in the valid range\. The range of valid ports is 30000-32767\n#\napiVersion: v1\n/,
    );
    expect(reopened).toContain('nodePort: 80');
    // Nothing was stored.
    expect(sh.run('kubectl get svc webapp-service').text).toContain('8080:30080/TCP');
    // Fixed in the reopened file, it saves.
    expect(bad.edit!.save(reopened.replace('nodePort: 80', 'nodePort: 30081')).text).toBe(
      'service/webapp-service edited',
    );
    expect(sh.run('kubectl get svc webapp-service').text).toContain('8080:30081/TCP');
  });

  it('reopened and closed without a change: the copy is kept, nothing saved', () => {
    const { edit } = opened();
    const bad = edit.save(edit.text.replace('nodePort: 30080', 'nodePort: 80'));
    const given = bad.edit!.save(bad.edit!.text);
    expect(given.exitCode).toBe(1);
    expect(given.text).toMatch(
      /^A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: Edit cancelled, no valid changes were saved\.$/,
    );
  });

  it('an emptied file cancels the edit', () => {
    const { edit } = opened();
    expect(edit.save('# nothing\n').text).toBe('Edit cancelled, saved file was empty.');
  });
});
