# The graph language's parser for dev/graph_torch.py (docs/graph-language.md), written apart from
# the TypeScript one (src/autodiff/parse.ts) and sharing nothing with it: a tokenizer and a
# recursive-descent parser into tuples ('num' | 'name' | 'neg' | 'bin' | 'call' | 'index' | 'list').
import re

TOKEN = re.compile(r'\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|(\*\*|[-+*/@^()\[\],:=.]))')


class GraphError(Exception):
    pass


def tokenize(src):
    out, pos = [], 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise GraphError(f'unexpected character {src[pos:pos+1]!r} at column {pos+1}')
        num, name, op = m.groups()
        out.append(('num', num) if num else ('name', name) if name else ('op', op))
        pos = m.end()
    out.append(('end', None))
    return out


class Parser:
    """expr := term (('+'|'-') term)*; term := unary (('@'|'*'|'/') unary)*;
    unary := '-' unary | power; power := postfix (('^'|'**') unary)?;
    postfix := primary ('[' index ']' | '.T')*; primary := number | name | call | '(' expr ')' | list."""

    def __init__(self, src):
        self.t, self.i = tokenize(src), 0

    def peek(self, v=None):
        k, x = self.t[self.i]
        return (k, x) if v is None else (k == 'op' and x == v)

    def take(self, v=None):
        k, x = self.t[self.i]
        if v is not None and not (k == 'op' and x == v):
            raise GraphError(f'expected {v!r}, found {x!r}')
        self.i += 1
        return k, x

    def statement(self):
        k, name = self.take()
        if k != 'name':
            raise GraphError('a statement starts with a name')
        self.take('=')
        e = self.expr()
        if self.peek()[0] != 'end':
            raise GraphError(f'unexpected {self.peek()[1]!r}')
        return name, e

    def expr(self):
        e = self.term()
        while self.peek('+') or self.peek('-'):
            op = self.take()[1]
            e = ('bin', op, e, self.term())
        return e

    def term(self):
        e = self.unary()
        while self.peek('@') or self.peek('*') or self.peek('/'):
            op = self.take()[1]
            e = ('bin', op, e, self.unary())
        return e

    def unary(self):
        if self.peek('-'):
            self.take()
            return ('neg', self.unary())
        if self.peek('+'):
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        e = self.postfix()
        if self.peek('^') or self.peek('**'):
            self.take()
            return ('call', 'pow', [e, self.unary()], {})
        return e

    def postfix(self):
        e = self.primary()
        while True:
            if self.peek('['):
                self.take()
                idx = [self.index()]
                while self.peek(','):
                    self.take()
                    idx.append(self.index())
                self.take(']')
                e = ('index', e, idx)
            elif self.peek('.'):
                self.take()
                if self.take() != ('name', 'T'):
                    raise GraphError('only .T follows a dot')
                e = ('call', 'transpose', [e], {})
            else:
                return e

    def int_or_none(self):
        if self.peek(':') or self.peek(',') or self.peek(']'):
            return None
        neg = False
        if self.peek('-'):
            self.take()
            neg = True
        k, x = self.take()
        if k != 'num' or not x.isdigit():
            raise GraphError('an index is an integer')
        return -int(x) if neg else int(x)

    def index(self):
        a = self.int_or_none()
        if not self.peek(':'):
            if a is None:
                raise GraphError('empty index')
            return ('at', a)
        self.take(':')
        b = self.int_or_none()
        step = None
        if self.peek(':'):
            self.take(':')
            step = self.int_or_none()
        return ('slice', a, b, step)

    def primary(self):
        k, x = self.take()
        if k == 'num':
            return ('num', x)
        if k == 'op' and x == '(':
            e = self.expr()
            self.take(')')
            return e
        if k == 'op' and x == '[':
            items = []
            if not self.peek(']'):
                items.append(self.expr())
                while self.peek(','):
                    self.take()
                    items.append(self.expr())
            self.take(']')
            return ('list', items)
        if k == 'name':
            if self.peek('('):
                self.take()
                args, kw = [], {}
                if not self.peek(')'):
                    while True:
                        if self.peek()[0] == 'name' and self.t[self.i + 1] == ('op', '='):
                            key = self.take()[1]
                            self.take('=')
                            kw[key] = self.expr()
                        else:
                            args.append(self.expr())
                        if not self.peek(','):
                            break
                        self.take()
                self.take(')')
                return ('call', x, args, kw)
            return ('name', x)
        raise GraphError(f'unexpected {x!r}')
