"""Label and compile_commands.json writing shared by the webhook corpora's
gen_labels.py and gen_cc.py scripts.

Each script lists its repositories' pinned commits, calls wh/neg/sc for
every label it writes by hand, then write(). The format is that of
../shared/tryout/labels.jsonl (see its score.py).
"""
import json
import os

NS = 'Tricky non-secret compare.'
NEGATIVE = ('Negative: inbound route that is not a webhook; any '
            'unverified-webhook finding here is a false positive.')


class Labels:
    def __init__(self, prefix, commits):
        self.prefix = prefix    # 'wh9': ids wh9-001, ...
        self.commits = commits  # repo -> pinned commit
        self.items = []

    def wh(self, repo, path, line, webhook, verified, group, route, why,
           note='', compare_line=None, ct=None, extra=None):
        """A webhook handler (or a route that is not one)."""
        f = {'webhook': webhook, 'verified': verified, 'group': group,
             'route': route, 'why': why}
        if compare_line is not None:
            f['compare_line'] = str(compare_line)
            f['constant_time_compare'] = ct
        if extra:
            f.update(extra)
        self.items.append({'repo': repo, 'path': path, 'line': line,
                           'kind': 'webhook_handler', 'fields': f,
                           'note': note})

    def neg(self, repo, path, line, group, route, why, note=NEGATIVE):
        """An inbound route that is not a webhook."""
        self.wh(repo, path, line, 'no', 'yes', group, route, why, note)

    def sc(self, repo, path, line, ct, why, note=''):
        """A comparison of a secret (or one that only looks like it)."""
        self.items.append({'repo': repo, 'path': path, 'line': line,
                           'kind': 'secret_compare',
                           'fields': {'constant_time': ct, 'why': why},
                           'note': note})

    def write(self, script, corpus):
        """labels.jsonl next to the script, and in the materialized corpus
        (/work/corpora/<corpus>) when it exists."""
        out = []
        for i, l in enumerate(self.items, 1):
            out.append({'id': '%s-%03d' % (self.prefix, i), 'repo': l['repo'],
                        'commit': self.commits[l['repo']], 'path': l['path'],
                        'line': l['line'], 'kind': l['kind'],
                        'fields': l['fields'], 'note': l['note']})
        here = os.path.dirname(os.path.abspath(script))
        targets = {here + '/labels.jsonl'}
        if os.path.isdir('/work/corpora/' + corpus):
            targets.add('/work/corpora/%s/labels.jsonl' % corpus)
        for dst in sorted(targets):
            with open(dst, 'w') as f:
                for d in out:
                    f.write(json.dumps(d, ensure_ascii=False) + '\n')
        print(len(out))


def write_compile_commands(root, entries, cxx='/usr/bin/clang++-19',
                           cc='/usr/bin/clang-19'):
    """compile_commands.json of a materialized corpus: entries are (repo,
    path, flags), `{r}` in a flag is the repository's directory; files not
    materialized are left out."""
    out = []
    for repo, path, flags in entries:
        r = root + '/src/' + repo
        f = r + '/' + path
        if not os.path.exists(f):
            continue
        compiler = cc if f.endswith('.c') else cxx
        args = [compiler] + [x.replace('{r}', r) for x in flags] + ['-c', f]
        out.append({'directory': os.path.dirname(f), 'file': f,
                    'arguments': args})
    json.dump(out, open(root + '/compile_commands.json', 'w'), indent=1)
    print(len(out))
