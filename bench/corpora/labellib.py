"""Label and compile_commands.json writing shared by the corpora's
gen_labels.py and gen_cc.py scripts.

Each webhook script lists its repositories' pinned commits, calls wh/neg/sc
for every label it writes by hand, then write(); each net33..net38 script
does the same with NetLabels' T/TLS/RT. The format is that of
../shared/tryout/labels.jsonl (see its score.py).
"""
import hashlib
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

    def _record(self, i, l):
        return {'id': '%s-%03d' % (self.prefix, i), 'repo': l['repo'],
                'commit': self.commits[l['repo']], 'path': l['path'],
                'line': l['line'], 'kind': l['kind'],
                'fields': l['fields'], 'note': l['note']}

    def write(self, script, corpus):
        """labels.jsonl next to the script, and in the materialized corpus
        (/work/corpora/<corpus>) when it exists."""
        out = [self._record(i, l) for i, l in enumerate(self.items, 1)]
        here = os.path.dirname(os.path.abspath(script))
        targets = {here + '/labels.jsonl'}
        if os.path.isdir('/work/corpora/' + corpus):
            targets.add('/work/corpora/%s/labels.jsonl' % corpus)
        for dst in sorted(targets):
            with open(dst, 'w') as f:
                for d in out:
                    f.write(json.dumps(d, ensure_ascii=False) + '\n')
        print(len(out))


def token_location(root, repo, path, line, tok, at=None):
    """The 1-based byte column of `tok` on the line (inside `at` when given)
    and the SHA-1 of the line; fails when the line lacks it."""
    f = os.path.join(root, repo.replace('/', '+'), path)
    with open(f, 'rb') as fh:
        lines = fh.read().split(b'\n')
    raw = lines[line - 1].rstrip(b'\r')
    text = raw.decode('utf-8')
    at = at or tok
    assert tok in at, (repo, path, line, tok, at)
    assert at in text, 'line %s:%d lacks %r: %r' % (path, line, at, text)
    col = len(text[:text.index(at) + at.index(tok)].encode('utf-8')) + 1
    return col, hashlib.sha1(raw).hexdigest()


class TokenLabels(Labels):
    """Labels whose records also carry the token's column and line_sha1
    (top level, as in the tryout labels), computed from the extracted files
    under `root` (/work/corpora/<corpus>/src)."""

    def __init__(self, root, prefix, commits):
        super().__init__(prefix, commits)
        self.root = root

    def _locate(self, repo, path, line, tok):
        self.items[-1]['column'], self.items[-1]['line_sha1'] = token_location(
            self.root, repo, path, line, tok)

    def S(self, repo, path, line, tok, ct, why, note=''):
        """A secret compare (sc) at `tok`."""
        self.sc(repo, path, line, ct, why, note)
        self._locate(repo, path, line, tok)

    def N(self, repo, path, line, tok, group, route, why, note=NEGATIVE):
        """An inbound route that is not a webhook (neg) at `tok`."""
        self.neg(repo, path, line, group, route, why, note)
        self._locate(repo, path, line, tok)

    def _record(self, i, l):
        return {'id': '%s-%03d' % (self.prefix, i), 'repo': l['repo'],
                'commit': self.commits[l['repo']], 'path': l['path'],
                'line': l['line'], 'column': l['column'], 'kind': l['kind'],
                'fields': l['fields'], 'note': l['note'],
                'line_sha1': l['line_sha1']}


class NetLabels:
    """Timeout, TLS and retry labels of the net corpora. Each label names the
    line and the token whose 1-based byte column is recorded; line_sha1 is
    computed from the extracted file, and the line must hold the token."""

    def __init__(self, root, prefix, commits, corpus):
        self.root = root        # /work/corpora/<corpus>/src
        self.prefix = prefix    # 'n38': ids n38-001, ...
        self.commits = commits  # repo -> pinned commit
        self.corpus = corpus
        self.items = []

    def _loc(self, repo, path, line, tok, at):
        return token_location(self.root, repo, path, line, tok, at)

    def _add(self, repo, path, line, tok, at, rec):
        col, sha = self._loc(repo, path, line, tok, at)
        d = {'repo': repo, 'commit': self.commits[repo], 'path': path,
             'line': line, 'column': col}
        d.update(rec)
        d['line_sha1'] = sha
        self.items.append(d)

    def T(self, repo, path, line, tok, library, api, timeout, evidence,
          default, note, at=None, scope=None):
        rec = {'library': library, 'api': api, 'family': 'timeout',
               'timeout': timeout, 'library_default_timeout': default,
               'timeout_evidence': evidence}
        if scope:
            rec['timeout_scope'] = scope
        rec['note'] = note
        self._add(repo, path, line, tok, at, rec)

    def TLS(self, repo, path, line, tok, library, api, verification,
            condition, what, note, at=None, direction='client'):
        self._add(repo, path, line, tok, at,
                  {'library': library, 'api': api, 'family': 'tls',
                   'verification': verification, 'condition': condition,
                   'what': what, 'direction': direction, 'note': note})

    def RT(self, repo, path, line, tok, library, api, nir, backoff, bounded,
           kind, guard, mech, note, at=None, config_lines=None):
        rec = {'library': library, 'api': api, 'family': 'retry',
               'non_idempotent_retry': nir, 'backoff': backoff,
               'bounded': bounded, 'backoff_kind': kind,
               'idempotency_guard': guard, 'retry_mechanism': mech}
        if config_lines is not None:
            rec['config_lines'] = config_lines
        rec['note'] = note
        self._add(repo, path, line, tok, at, rec)

    def write(self, script):
        """labels.jsonl next to the script and in /work/corpora/<corpus>."""
        out = []
        for i, d in enumerate(self.items, 1):
            o = {'id': '%s-%03d' % (self.prefix, i)}
            o.update(d)
            out.append(o)
        here = os.path.dirname(os.path.abspath(script))
        for dst in (here + '/labels.jsonl',
                    '/work/corpora/%s/labels.jsonl' % self.corpus):
            with open(dst, 'w') as f:
                for o in out:
                    f.write(json.dumps(o, ensure_ascii=False) + '\n')
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
