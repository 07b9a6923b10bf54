/* strace logs at compiled speed: lines into events, argument text into the typed
 * trees of args.py, and the JSON Lines of `read --json`.
 *
 * One grammar: every rule below is a rule of args.py, parse.py or reader.py, taken in
 * the same order, and tests/test_logparse.py checks on random and real lines that both
 * give the same values and the same JSON.  Only ASCII text is decided here (Python's
 * notions of digits, spaces and identifiers go beyond ASCII); anything else is handed
 * to the Python functions that setup() passes in.
 *
 * Bounds: nesting is cut at args.py's MAX_DEPTH (deeper values are kept as text, so
 * the recursion is at most MAX_DEPTH + 2 frames), numbers longer than MAX_NUMBER are
 * not numbers, and every scan is linear in the text at each level. */
#define PY_SSIZE_T_CLEAN
#define _GNU_SOURCE
#include <Python.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 16       /* args.py MAX_DEPTH */
#define MAX_NUMBER 40      /* args.py / parse.py MAX_NUMBER */
#define MAX_BRACKETS (1 << 16)
#define DEEP_TEXT 65536    /* args.py parse_args: beyond this many characters... */

/* ---- characters, as Python sees them in ASCII text ---- */

#include "_numbers.h"

static int is_hex(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_word(unsigned char c) { return is_alpha(c) || is_digit(c) || c == '_'; }
static int is_lower_name(unsigned char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '_'; }
/* str.isspace() and re's \s: the C spaces and the four separators 0x1c-0x1f */
static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int all_ascii(const char *s, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

static int all_digits(const char *s, Py_ssize_t n)
{
    return n > 0 && digits(s, 0, n) == n;
}

static int starts(const char *s, Py_ssize_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= 0 && (size_t)n >= k && memcmp(s, lit, k) == 0;
}

static int ends(const char *s, Py_ssize_t n, const char *lit)
{
    size_t k = strlen(lit);
    return (size_t)n >= k && memcmp(s + n - k, lit, k) == 0;
}

static Py_ssize_t find(const char *s, Py_ssize_t n, const char *lit)
{
    const char *p = memmem(s, n, lit, strlen(lit));
    return p ? p - s : -1;
}

static void strip(const char **s, Py_ssize_t *n)
{
    while (*n && is_space((*s)[0])) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_space((*s)[*n - 1]))
        (*n)--;
}

/* [A-Za-z_][A-Za-z0-9_]* over the whole text */
static int is_identifier(const char *s, Py_ssize_t n)
{
    if (n == 0 || !(is_alpha(s[0]) || s[0] == '_'))
        return 0;
    for (Py_ssize_t i = 1; i < n; i++)
        if (!is_word(s[i]))
            return 0;
    return 1;
}

/* re.match(r"[A-Za-z_][A-Za-z0-9_]*$"): '$' also matches before a last newline */
static int const_match(const char *s, Py_ssize_t n)
{
    return is_identifier(s, n) || (n > 1 && s[n - 1] == '\n' && is_identifier(s, n - 1));
}

/* ---- Python values ---- */

/* a hash of s[0:n] for the direct-mapped memos below, eight bytes at a time */
static uint64_t hash_bytes(const char *s, Py_ssize_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    if (n) {
        w = 0;
        for (Py_ssize_t i = 0; i < n; i++)
            w |= (uint64_t)(unsigned char)s[i] << (8 * i);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
    }
    return h ^ (h >> 29);
}

static PyObject *ascii_str(const char *s, Py_ssize_t n)
{
    PyObject *o = PyUnicode_New(n, 127);
    if (o)
        memcpy(PyUnicode_1BYTE_DATA(o), s, n);
    return o;
}

/* Short texts made once and shared (str is immutable): constants, field names, flags,
 * descriptors and paths come again and again.  Direct-mapped, bounded in size. */
#define STR_SLOTS 4096
#define STR_MAX 40
static PyObject *str_memo[STR_SLOTS];

static PyObject *short_str(const char *s, Py_ssize_t n)
{
    if (n > STR_MAX)
        return ascii_str(s, n);
    PyObject **slot = &str_memo[hash_bytes(s, n) % STR_SLOTS], *o = *slot;
    if (o && PyUnicode_GET_LENGTH(o) == n && memcmp(PyUnicode_1BYTE_DATA(o), s, n) == 0) {
        Py_INCREF(o);
        return o;
    }
    o = ascii_str(s, n);
    if (o) {
        Py_INCREF(o);
        Py_XSETREF(*slot, o);
    }
    return o;
}

/* int(text, base) for text that int() accepts or not: None when it does not */
static PyObject *int_or_none(const char *s, Py_ssize_t n, int base)
{
    if (n > 0 && n <= 18 && base == 10) {   /* the common case, without a copy */
        Py_ssize_t i = s[0] == '-';
        if (i < n && all_digits(s + i, n - i)) {
            long long v = 0;
            for (Py_ssize_t k = i; k < n; k++)
                v = v * 10 + (s[k] - '0');
            return PyLong_FromLongLong(i ? -v : v);
        }
    }
    char buf[MAX_NUMBER + 2];
    if (n > MAX_NUMBER)
        Py_RETURN_NONE;
    memcpy(buf, s, n);
    buf[n] = 0;
    char *end;
    PyObject *v = PyLong_FromString(buf, &end, base);
    if (!v || end != buf + n) {
        Py_XDECREF(v);
        if (PyErr_Occurred() && !PyErr_ExceptionMatches(PyExc_ValueError))
            return NULL;
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return v;
}

/* keys and type names, made once */
#define KEYS(X) X(text) X(type) X(value) X(truncated) X(comment) X(before) X(after) \
    X(path) X(deleted) X(fields) X(abbreviated) X(items) X(inverted) X(name) X(args)
#define DECLARE(k) static PyObject *S_##k;
KEYS(DECLARE)
/* the value types, in the order of args.py TYPES, whose names setup_args() passes in:
 * the trees and the JSON written here name them as args.py does */
#define TYPES(X) X(int) X(string) X(null) X(fd) X(const) X(flags) X(struct) X(array) \
    X(call) X(changed) X(more) X(raw)
TYPES(DECLARE)
static PyObject *S_underscore;

static int set(PyObject *d, PyObject *k, PyObject *v)
{
    if (!v)
        return -1;
    int r = PyDict_SetItem(d, k, v);
    Py_DECREF(v);
    return r;
}

static int set_new(PyObject *d, PyObject *k, PyObject *v)   /* v borrowed */
{
    return PyDict_SetItem(d, k, v);
}

/* ---- args.py: split_top, string_end, unquote, parse_value, parse_args ---- */

typedef struct {
    const char *s;
    Py_ssize_t n;
} Span;

/* the parts of every level being parsed, as a stack (indices stay valid on growth) */
typedef struct {
    Span *v;
    Py_ssize_t top, cap;
    Span inline_v[64];
} Stack;

static int push_raw(Stack *st, const char *s, Py_ssize_t n)
{
    if (st->top == st->cap) {
        Py_ssize_t cap = st->cap * 2;
        Span *v = st->v == st->inline_v ? PyMem_Malloc(cap * sizeof(Span))
                                        : PyMem_Realloc(st->v, cap * sizeof(Span));
        if (!v) {
            PyErr_NoMemory();
            return -1;
        }
        if (st->v == st->inline_v)
            memcpy(v, st->inline_v, sizeof(st->inline_v));
        st->v = v;
        st->cap = cap;
    }
    st->v[st->top].s = s;
    st->v[st->top].n = n;
    st->top++;
    return 0;
}

static int push(Stack *st, const char *s, Py_ssize_t n)
{
    strip(&s, &n);
    return push_raw(st, s, n);
}

static void stack_init(Stack *st)
{
    st->v = st->inline_v;
    st->top = 0;
    st->cap = 64;
}

static void stack_free(Stack *st)
{
    if (st->v != st->inline_v)
        PyMem_Free(st->v);
}

/* Where the string whose body starts at i ends: its closing quote, or n. */
static Py_ssize_t string_end(const char *t, Py_ssize_t i, Py_ssize_t n)
{
    for (;;) {
        const char *q = i < n ? memchr(t + i, '"', n - i) : NULL;
        if (!q)
            return n;
        Py_ssize_t j = q - t, k = j;
        while (k > i && t[k - 1] == '\\')
            k--;
        if ((j - k) % 2 == 0)
            return j;
        i = j + 1;
    }
}

/* what split_top looks at: quotes, brackets and both separators */
static const unsigned char SPECIAL[256] = {
    ['"'] = 1, ['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1,
    ['<'] = 1, ['>'] = 1, [','] = 1, ['|'] = 1,
};

/* split_top: the parts at separators outside quotes and brackets, stripped, pushed;
 * returns how many */
static Py_ssize_t split_top(Stack *st, const char *t, Py_ssize_t n, char sep)
{
    Py_ssize_t depth = 0, angle = 0, start = 0, i = 0, base = st->top;
    while (i < n) {
        char c = t[i];
        if (!SPECIAL[(unsigned char)c]) {   /* most characters: nothing to do */
            i++;
            continue;
        }
        if (c == '"') {
            i = string_end(t, i + 1, n) + 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if (c == ')' || c == ']' || c == '}')
            depth--;
        else if (c == '<') {
            if (i > 0 && is_digit(t[i - 1]))
                angle++;
        } else if (c == '>') {
            if (angle)
                angle--;
        } else if (c == sep && depth == 0 && !angle) {
            if (push(st, t + start, i - start) < 0)
                return -1;
            start = i + 1;
        }
        i++;
    }
    const char *tail = t + (start < n ? start : n);
    Py_ssize_t tn = start < n ? n - start : 0;
    strip(&tail, &tn);
    if (tn || st->top > base)
        if (push(st, tail, tn) < 0)
            return -1;
    return st->top - base;
}

static Py_UCS2 escape_char(char e)
{
    switch (e) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'f': return '\f';
    default: return (unsigned char)e;   /* '"', '\\' and any other stand for themselves */
    }
}

static int hexval(char c)
{
    return is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* A string's body with its C escapes undone (args.py unquote). */
static PyObject *unquote(const char *s, Py_ssize_t n)
{
    if (!memchr(s, '\\', n))
        return short_str(s, n);
    Py_UCS2 small[256] = {0}, *out = n <= 256 ? small : PyMem_Malloc(n * sizeof(Py_UCS2));
    if (!out)
        return PyErr_NoMemory();
    Py_ssize_t i = 0, m = 0;
    while (i < n) {
        char c = s[i];
        if (c != '\\' || i + 1 == n) {
            out[m++] = (unsigned char)c;
            i++;
            continue;
        }
        char e = s[i + 1];
        if (e == 'x' && i + 2 < n && is_hex(s[i + 2])) {
            int v = hexval(s[i + 2]);
            i += 3;
            if (i < n && is_hex(s[i]))
                v = v * 16 + hexval(s[i++]);
            out[m++] = v;
        } else if (e >= '0' && e <= '7') {
            int v = e - '0';
            i += 2;
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (s[i++] - '0');
            out[m++] = v;
        } else {
            out[m++] = escape_char(e);
            i += 2;
        }
    }
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, out, m);
    if (out != small)
        PyMem_Free(out);
    return r;
}

/* ---- the shapes of values: what the trees (parse_value) and their JSON (put_value)
 * both decide by ---- */

/* a value, then a comment in C comment marks: where the marks start, or -1 */
static Py_ssize_t comment_at(const char *t, Py_ssize_t n)
{
    if ((n && t[0] == '"') || !ends(t, n, " */"))
        return -1;
    Py_ssize_t i = find(t, n, " /* ");
    return i >= 0 && i + 4 <= n - 3 ? i : -1;
}

/* a number after the common rules: 10 (-?digits), 16 (0x and hex digits), or 0 */
static int number_base(const char *t, Py_ssize_t n)
{
    if (n > MAX_NUMBER)
        return 0;
    if (all_digits(t + (n && t[0] == '-'), n - (n && t[0] == '-')))
        return 10;
    if (n > 2 && t[0] == '0' && t[1] == 'x') {
        for (Py_ssize_t i = 2; i < n; i++)
            if (!is_hex(t[i]))
                return 0;
        return 16;
    }
    return 0;
}

/* (-?\d+)<(.*)>(\(deleted\))?$: -1 when it is not a descriptor, else whether it is
 * deleted, with the number's end in *d and the path's end in *pe */
static int fd_shape(const char *t, Py_ssize_t n, Py_ssize_t *d, Py_ssize_t *pe)
{
    Py_ssize_t i = n && t[0] == '-';
    *d = digits(t, i, n);
    if (!(*d > i && *d < n && t[*d] == '<' && *d <= MAX_NUMBER))
        return -1;
    int deleted = -1;
    if (t[n - 1] == '>' && n - 1 >= *d + 1)
        deleted = 0;
    else if (ends(t, n, ">(deleted)") && n - 10 >= *d + 1)
        deleted = 1;
    *pe = n - 1 - (deleted == 1 ? 9 : 0);
    return deleted;
}

/* the items of [a, b], [A B] or ~[...] pushed; how many, or -1 */
static Py_ssize_t array_items(Stack *st, const char *t, Py_ssize_t n)
{
    Py_ssize_t a = t[0] == '~' ? 2 : 1, len = n - 1 - a, base = st->top;
    const char *in = t + a;
    if (len < 0)
        len = 0;
    if (memchr(in, ',', len) || (len && (in[0] == '{' || in[0] == '"')))
        return split_top(st, in, len, ',');
    /* words between single spaces, unstripped: the values strip them */
    Py_ssize_t i = 0;
    while (i < len) {
        const char *sp = memchr(in + i, ' ', len - i);
        Py_ssize_t j = sp ? sp - in : len;
        if (j > i && push_raw(st, in + i, j - i) < 0)
            return -1;
        i = j + 1;
    }
    return st->top - base;
}

/* name(args): the name's end, or 0 */
static Py_ssize_t call_shape(const char *t, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    if (n && (is_alpha(t[0]) || t[0] == '_')) {
        while (i < n && is_word(t[i]))
            i++;
        if (i < n - 1 && t[i] == '(' && t[n - 1] == ')')
            return i;
    }
    return 0;
}

/* a struct's part name=value: the name's length, or -1 for an item without a name
 * ('_' holds those) */
static Py_ssize_t field_name(Span p)
{
    const char *eq = memchr(p.s, '=', p.n);
    Py_ssize_t kn = eq ? eq - p.s : 0;
    return eq && const_match(p.s, kn) && !(kn == 1 && p.s[0] == '_') ? kn : -1;
}

static PyObject *parse_value(Stack *st, const char *t, Py_ssize_t n, int depth);

static PyObject *new_node(const char *t, Py_ssize_t n, PyObject *type)
{
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    if (set(d, S_text, short_str(t, n)) < 0 || set_new(d, S_type, type) < 0) {
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

/* [parse_value(part) for part in the parts pushed from base on], popped */
static PyObject *parse_parts(Stack *st, Py_ssize_t base, Py_ssize_t count, int depth)
{
    PyObject *list = PyList_New(count);
    if (!list)
        return NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        Span p = st->v[base + k];
        PyObject *v = parse_value(st, p.s, p.n, depth);
        if (!v) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, k, v);
    }
    st->top = base;
    return list;
}

static PyObject *parse_struct(Stack *st, PyObject *node, const char *in, Py_ssize_t n,
                              int depth)
{
    Py_ssize_t base = st->top, count = split_top(st, in, n, ',');
    if (count < 0)
        return NULL;
    PyObject *fields = PyDict_New();
    if (!fields)
        return NULL;
    int abbreviated = 0;
    for (Py_ssize_t k = 0; k < count; k++) {
        Span p = st->v[base + k];
        if (p.n == 3 && memcmp(p.s, "...", 3) == 0) {
            abbreviated = 1;
            continue;
        }
        Py_ssize_t kn = field_name(p);
        if (kn >= 0) {
            PyObject *key = short_str(p.s, kn);
            PyObject *v = key ? parse_value(st, p.s + kn + 1, p.n - kn - 1, depth) : NULL;
            if (!v || PyDict_SetItem(fields, key, v) < 0) {
                Py_XDECREF(key);
                Py_XDECREF(v);
                goto fail;
            }
            Py_DECREF(key);
            Py_DECREF(v);
            continue;
        }
        PyObject *list = PyDict_GetItemWithError(fields, S_underscore);
        if (!list) {
            if (PyErr_Occurred() || set(fields, S_underscore, PyList_New(0)) < 0)
                goto fail;
            list = PyDict_GetItem(fields, S_underscore);
        }
        PyObject *v = parse_value(st, p.s, p.n, depth);
        if (!v || PyList_Append(list, v) < 0) {
            Py_XDECREF(v);
            goto fail;
        }
        Py_DECREF(v);
    }
    st->top = base;
    if (set_new(node, S_type, S_struct) < 0 || set(node, S_fields, fields) < 0 ||
        set_new(node, S_abbreviated, abbreviated ? Py_True : Py_False) < 0)
        return NULL;
    return node;
fail:
    Py_DECREF(fields);
    return NULL;
}

static PyObject *parse_array(Stack *st, PyObject *node, const char *t, Py_ssize_t n,
                             int depth)
{
    int inverted = t[0] == '~';
    Py_ssize_t base = st->top, count = array_items(st, t, n);
    if (count < 0)
        return NULL;
    PyObject *items = parse_parts(st, base, count, depth);
    if (set_new(node, S_type, S_array) < 0 || set(node, S_items, items) < 0 ||
        set_new(node, S_inverted, inverted ? Py_True : Py_False) < 0)
        return NULL;
    return node;
}

static PyObject *parse_rest(Stack *st, PyObject *node, const char *t, Py_ssize_t n,
                            int depth);

static PyObject *parse_value(Stack *st, const char *t, Py_ssize_t n, int depth)
{
    strip(&t, &n);
    if (depth > MAX_DEPTH)   /* deeper than strace ever nests: kept as text */
        return new_node(t, n, S_raw);
    /* the commonest values, decided before the general rules */
    if (n <= MAX_NUMBER && all_digits(t, n)) {
        PyObject *d = new_node(t, n, S_int);
        if (d && set(d, S_value, int_or_none(t, n, 10)) < 0)
            Py_CLEAR(d);
        return d;
    }
    if (is_identifier(t, n)) {
        int null = n == 4 && memcmp(t, "NULL", 4) == 0;
        PyObject *d = new_node(t, n, null ? S_null : S_const);
        if (d && (null ? set_new(d, S_value, Py_None)
                       : set_new(d, S_value, PyDict_GetItem(d, S_text))) < 0)
            Py_CLEAR(d);
        return d;
    }
    depth++;
    Py_ssize_t i = comment_at(t, n);
    if (i >= 0) {   /* x, then a comment */
        PyObject *inner = parse_value(st, t, i, depth);
        if (inner && (set(inner, S_text, short_str(t, n)) < 0 ||
                      set(inner, S_comment, short_str(t + i + 4, n - 3 - (i + 4))) < 0))
            Py_CLEAR(inner);
        return inner;
    }
    PyObject *node = PyDict_New();
    if (!node)
        return NULL;
    if (set(node, S_text, short_str(t, n)) < 0 || !parse_rest(st, node, t, n, depth)) {
        Py_DECREF(node);
        return NULL;
    }
    return node;
}

/* The rules after the common ones, in args.py's order; node has its text. */
static PyObject *parse_rest(Stack *st, PyObject *node, const char *t, Py_ssize_t n,
                            int depth)
{
    Py_ssize_t i;
    if (n && t[0] == '"') {
        const char *q = memrchr(t, '"', n);
        Py_ssize_t end = q - t;
        if (set_new(node, S_type, S_string) < 0 ||
            set(node, S_value, unquote(t + 1, end > 1 ? end - 1 : 0)) < 0 ||
            set_new(node, S_truncated, ends(t, n, "...") ? Py_True : Py_False) < 0)
            return NULL;
        return node;
    }
    if (n == 3 && memcmp(t, "...", 3) == 0)
        return set_new(node, S_type, S_more) < 0 ? NULL : node;
    if (n && (t[0] == '[' || t[0] == '{') && (i = find(t, n, " => ")) >= 0) {
        if (set_new(node, S_type, S_changed) < 0 ||
            set(node, S_before, parse_value(st, t, i, depth)) < 0 ||
            set(node, S_after, parse_value(st, t + i + 4, n - i - 4, depth)) < 0)
            return NULL;
        return node;
    }
    int base = number_base(t, n), deleted;
    if (base) {
        if (set_new(node, S_type, S_int) < 0 || set(node, S_value, int_or_none(t, n, base)) < 0)
            return NULL;
        return node;
    }
    Py_ssize_t d, pe;
    if ((deleted = fd_shape(t, n, &d, &pe)) >= 0) {
        if (set_new(node, S_type, S_fd) < 0 || set(node, S_value, int_or_none(t, d, 10)) < 0 ||
            set(node, S_path, short_str(t + d + 1, pe - d - 1)) < 0 ||
            (deleted && set_new(node, S_deleted, Py_True) < 0))
            return NULL;
        return node;
    }
    if (n && t[0] == '{' && t[n - 1] == '}')
        return parse_struct(st, node, t + 1, n > 1 ? n - 2 : 0, depth);
    if ((n && t[0] == '[' && t[n - 1] == ']') || starts(t, n, "~["))
        return parse_array(st, node, t, n, depth);
    if ((i = call_shape(t, n))) {   /* name(args) */
        Py_ssize_t base = st->top, count = split_top(st, t + i + 1, n - i - 2, ',');
        if (count < 0 || set_new(node, S_type, S_call) < 0 ||
            set(node, S_name, short_str(t, i)) < 0 ||
            set(node, S_args, parse_parts(st, base, count, depth)) < 0)
            return NULL;
        return node;
    }
    if (memchr(t, '|', n) && t[0] != '{') {
        Py_ssize_t base = st->top, count = split_top(st, t, n, '|');
        if (count < 0)
            return NULL;
        PyObject *flags = PyList_New(count);
        if (!flags)
            return NULL;
        for (Py_ssize_t k = 0; k < count; k++) {
            PyObject *s = short_str(st->v[base + k].s, st->v[base + k].n);
            if (!s) {
                Py_DECREF(flags);
                return NULL;
            }
            PyList_SET_ITEM(flags, k, s);
        }
        st->top = base;
        if (set_new(node, S_type, S_flags) < 0 || set(node, S_value, flags) < 0)
            return NULL;
        return node;
    }
    if (const_match(t, n)) {
        if (set_new(node, S_type, S_const) < 0 || set(node, S_value, short_str(t, n)) < 0)
            return NULL;
        return node;
    }
    return set_new(node, S_type, S_raw) < 0 ? NULL : node;
}

/* args.py's own functions, for the text left to them (non-ASCII) */
static PyObject *py_parse_args, *py_parse_value, *py_parse_arg, *py_split_top;

/* args.py deep_start: a line of millions of brackets is damage; its arguments are kept
 * as text */
static int deep_start(const char *s, Py_ssize_t n)
{
    if (n <= DEEP_TEXT)
        return 0;
    Py_ssize_t brackets = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        switch (s[i]) {
        case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
            brackets++;
        }
    return brackets > MAX_BRACKETS ? MAX_DEPTH + 1 : 0;
}

static int blank(const char *s, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        if (!is_space(s[i]))
            return 0;
    return 1;
}

/* args.py parse_args on ASCII text */
static PyObject *args_of(const char *s, Py_ssize_t n)
{
    if (blank(s, n))
        return PyList_New(0);
    Stack st;
    stack_init(&st);
    Py_ssize_t count = split_top(&st, s, n, ',');
    PyObject *r = count < 0 ? NULL : parse_parts(&st, 0, count, deep_start(s, n));
    stack_free(&st);
    return r;
}

/* the value types' names are args.py's: nothing is parsed before setup_args() */
static int types_known(void)
{
    if (S_raw)
        return 1;
    PyErr_SetString(PyExc_RuntimeError, "_logparse: setup_args() first");
    return 0;
}

static int ascii_arg(PyObject *text, const char *fn)
{
    if (!types_known())
        return -1;
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "%s() takes a str", fn);
        return -1;
    }
    return PyUnicode_IS_ASCII(text);
}

#define TEXT(o) ((const char *)PyUnicode_1BYTE_DATA(o))

static PyObject *m_parse_args(PyObject *self, PyObject *text)
{
    int ascii = ascii_arg(text, "parse_args");
    if (ascii <= 0)
        return ascii < 0 ? NULL : PyObject_CallOneArg(py_parse_args, text);
    return args_of(TEXT(text), PyUnicode_GET_LENGTH(text));
}

static PyObject *m_parse_value(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2 || (nargs == 2 && !PyLong_Check(args[1]))) {
        PyErr_SetString(PyExc_TypeError, "parse_value(text: str, depth: int = 0)");
        return NULL;
    }
    int ascii = ascii_arg(args[0], "parse_value");
    long depth = nargs == 2 ? PyLong_AsLong(args[1]) : 0;
    if (ascii < 0 || (depth == -1 && PyErr_Occurred()))
        return NULL;
    if (!ascii || depth < 0 || depth > MAX_DEPTH + 1)
        return PyObject_Vectorcall(py_parse_value, args, nargs, NULL);
    Stack st;
    stack_init(&st);
    PyObject *r = parse_value(&st, TEXT(args[0]), PyUnicode_GET_LENGTH(args[0]), (int)depth);
    stack_free(&st);
    return r;
}

/* parse_arg(text, i): parse_args(text)[i] alone, None past the end */
static PyObject *m_parse_arg(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "parse_arg(text: str, i: int)");
        return NULL;
    }
    int ascii = ascii_arg(args[0], "parse_arg");
    if (ascii <= 0)
        return ascii < 0 ? NULL : PyObject_Vectorcall(py_parse_arg, args, nargs, NULL);
    Py_ssize_t i = PyLong_AsSsize_t(args[1]);
    if (i == -1 && PyErr_Occurred()) {
        PyErr_Clear();   /* beyond any index */
        Py_RETURN_NONE;
    }
    const char *s = TEXT(args[0]);
    Py_ssize_t n = PyUnicode_GET_LENGTH(args[0]);
    if (blank(s, n))
        Py_RETURN_NONE;
    Stack st;
    stack_init(&st);
    Py_ssize_t count = split_top(&st, s, n, ',');
    PyObject *r = NULL;
    if (count >= 0) {
        if (i >= 0 && i < count)
            r = parse_value(&st, st.v[i].s, st.v[i].n, deep_start(s, n));
        else {
            Py_INCREF(Py_None);
            r = Py_None;
        }
    }
    stack_free(&st);
    return r;
}

/* split_top(text, sep=",") */
static PyObject *m_split_top(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        PyErr_SetString(PyExc_TypeError, "split_top(text: str, sep: str = ',')");
        return NULL;
    }
    int ascii = ascii_arg(args[0], "split_top");
    if (ascii < 0)
        return NULL;
    char sep = ',';
    if (nargs == 2) {
        if (PyUnicode_Check(args[1]) && PyUnicode_GET_LENGTH(args[1]) == 1 &&
            (PyUnicode_READ_CHAR(args[1], 0) == ',' || PyUnicode_READ_CHAR(args[1], 0) == '|'))
            sep = (char)PyUnicode_READ_CHAR(args[1], 0);
        else
            ascii = 0;   /* Python's answer to any other separator */
    }
    if (!ascii)
        return PyObject_Vectorcall(py_split_top, args, nargs, NULL);
    Stack st;
    stack_init(&st);
    Py_ssize_t count = split_top(&st, TEXT(args[0]), PyUnicode_GET_LENGTH(args[0]), sep);
    PyObject *r = count < 0 ? NULL : PyList_New(count);
    for (Py_ssize_t k = 0; r && k < count; k++) {
        PyObject *part = ascii_str(st.v[k].s, st.v[k].n);
        if (!part)
            Py_CLEAR(r);
        else
            PyList_SET_ITEM(r, k, part);
    }
    stack_free(&st);
    return r;
}

static PyObject *m_setup_args(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
#define SLOT(k) &S_##k,
    PyObject **types[] = {TYPES(SLOT)};
    Py_ssize_t n_types = sizeof types / sizeof types[0];
    if (nargs != 5 || !PyTuple_Check(args[4]) || PyTuple_GET_SIZE(args[4]) != n_types) {
        PyErr_SetString(PyExc_TypeError,
                        "setup_args(parse_args, parse_value, parse_arg, split_top, TYPES)");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n_types; k++) {
        PyObject *name = PyTuple_GET_ITEM(args[4], k);
        if (!PyUnicode_CheckExact(name) || !PyUnicode_IS_ASCII(name)) {
            PyErr_SetString(PyExc_TypeError, "TYPES are ASCII str");
            return NULL;
        }
    }
    PyObject **keep[] = {&py_parse_args, &py_parse_value, &py_parse_arg, &py_split_top};
    for (int k = 0; k < 4; k++) {
        Py_INCREF(args[k]);
        Py_XSETREF(*keep[k], args[k]);
    }
    for (Py_ssize_t k = 0; k < n_types; k++) {
        PyObject *name = PyTuple_GET_ITEM(args[4], k);
        Py_INCREF(name);
        Py_XSETREF(*types[k], name);
    }
    Py_RETURN_NONE;
}


/* ---- parse.py: a line into its parts ---- */

enum { L_DEFER, L_CALL, L_ENTRY, L_RESUME, L_EXITED, L_KILLED, L_SUPERSEDED, L_SIGNAL,
       L_STOPPED };
static const char *KIND_NAMES[] = {"", "call", "entry", "resume", "exited", "killed",
                                   "superseded", "signal", "stopped"};
static PyObject *S_kind[9];

typedef struct {
    Py_ssize_t a, b;   /* [a, b), or a < 0: absent */
} Part;

typedef struct {
    int kind;
    Part pid, ts, name, args, ret, dur, extra, number;
    Py_ssize_t lead;   /* the leader's end */
    int core;
} Line;

static const Part NONE = {-1, -1};

/* LEADER_RE: each optional part taken when it matches */
static void leader(const char *s, Py_ssize_t n, Line *L)
{
    Py_ssize_t i = 0, j, k, m;
    L->pid = L->ts = NONE;
    if (starts(s, n, "[pid ")) {   /* \[pid +(\d+)\] */
        k = 5;
        while (k < n && s[k] == ' ')
            k++;
        m = digits(s, k, n);
        if (m > k && m + 1 < n && s[m] == ']' && s[m + 1] == ' ') {
            L->pid = (Part){k, m};
            i = m + 2;
        }
    } else {   /* (\d+) +(?=\S) */
        j = digits(s, 0, n);
        if (j > 0 && j < n && s[j] == ' ') {
            k = j;
            while (k < n && s[k] == ' ')
                k++;
            if (k < n && !is_space(s[k])) {
                L->pid = (Part){0, j};
                i = k;
            }
        }
    }
    /* \d\d:\d\d:\d\d(?:\.\d+)? |\d{9,}(?:\.\d+)? */
    j = i;
    if (j + 8 <= n && is_digit(s[j]) && is_digit(s[j + 1]) && s[j + 2] == ':' &&
        is_digit(s[j + 3]) && is_digit(s[j + 4]) && s[j + 5] == ':' &&
        is_digit(s[j + 6]) && is_digit(s[j + 7]))
        k = j + 8;
    else {
        k = digits(s, j, n);
        if (k - j < 9)
            k = -1;
    }
    if (k >= 0) {
        if (k + 1 < n && s[k] == '.' && is_digit(s[k + 1]))
            k = digits(s, k + 1, n);
        if (k < n && s[k] == ' ') {
            L->ts = (Part){j, k};
            i = k + 1;
        }
    }
    /* \(\+ *\d+(?:\.\d+)?\) | *\d+\.\d+ (?=\S): the time when there is no other */
    Part rel = NONE;
    j = i;
    if (j + 1 < n && s[j] == '(' && s[j + 1] == '+') {
        k = j + 2;
        while (k < n && s[k] == ' ')
            k++;
        m = digits(s, k, n);
        if (m > k) {
            if (m + 1 < n && s[m] == '.' && is_digit(s[m + 1]))
                m = digits(s, m + 1, n);
            if (m + 1 < n && s[m] == ')' && s[m + 1] == ' ') {
                rel = (Part){j, m + 1};
                i = m + 2;
            }
        }
    } else {
        k = j;
        while (k < n && s[k] == ' ')
            k++;
        m = digits(s, k, n);
        if (m > k && m + 1 < n && s[m] == '.' && is_digit(s[m + 1])) {
            m = digits(s, m + 1, n);
            if (m + 1 < n && s[m] == ' ' && !is_space(s[m + 1])) {
                rel = (Part){k, m};
                i = m + 1;
            }
        }
    }
    if (L->ts.a < 0)
        L->ts = rel;
    /* \[ *\d+\] */
    j = i;
    if (j < n && s[j] == '[') {
        k = j + 1;
        while (k < n && s[k] == ' ')
            k++;
        m = digits(s, k, n);
        if (m > k && m + 1 < n && s[m] == ']' && s[m + 1] == ' ')
            i = m + 2;
    }
    L->lead = i;
}

static Py_ssize_t rfind2(const char *s, Py_ssize_t lo, Py_ssize_t hi, char a, char b)
{
    /* the last "ab" that lies within [lo, hi) */
    Py_ssize_t p = hi - 2;
    while (p >= lo) {
        const char *q = memrchr(s + lo, a, p - lo + 1);
        if (!q)
            return -1;
        p = q - s;
        if (s[p + 1] == b)
            return p;
        p--;
    }
    return -1;
}

/* split_return on s[r:n]: args, return value and -T duration */
static int split_return(const char *s, Py_ssize_t r, Py_ssize_t n, Line *L)
{
    Py_ssize_t end = n;
    L->dur = NONE;
    if (n > r && s[n - 1] == '>') {
        Py_ssize_t i = rfind2(s, r, n, ' ', '<');
        if (i >= 0 && decimal_text(s, i + 2, n - 1)) {
            end = i;
            L->dur = (Part){i + 2, n - 1};
        }
    }
    Py_ssize_t pos = n;
    for (;;) {
        pos = rfind2(s, r, pos, ')', ' ');
        if (pos < 0)
            return 0;
        Py_ssize_t j = pos + 2;
        while (j < n && s[j] == ' ')
            j++;
        if (j + 1 < n && s[j] == '=' && s[j + 1] == ' ' && j + 2 < end) {
            char c = s[j + 2];
            if (c == '?' || is_digit(c) || (c == '-' && j + 3 < n && is_digit(s[j + 3]))) {
                L->args = (Part){r, pos};
                L->ret = (Part){j + 2, end};
                return 1;
            }
        }
    }
}

/* s[i:n] is exactly "<prefix>(SIG\w+|\d+)" up to the part at 'after'; the signal's end */
static Py_ssize_t signal_name(const char *s, Py_ssize_t i, Py_ssize_t n)
{
    if (i >= n)
        return -1;
    if (starts(s + i, n - i, "SIG") && i + 3 < n && is_word(s[i + 3])) {
        i += 3;
        while (i < n && is_word(s[i]))
            i++;
        return i;
    }
    Py_ssize_t k = digits(s, i, n);
    return k > i ? k : -1;
}

/* parse_line for the lines it is sure of; L_DEFER leaves the others to Python */
static void split_line(const char *s, Py_ssize_t n, Line *L)
{
    L->kind = L_DEFER;
    L->name = L->args = L->ret = L->dur = L->extra = L->number = NONE;
    L->core = 0;
    if (!all_ascii(s, n))
        return;
    leader(s, n, L);
    Py_ssize_t b = L->lead, i, k;
    if (b >= n)
        return;
    const char *body = s + b;
    Py_ssize_t bn = n - b;
    char c = body[0];
    if (is_alpha(c) || c == '_') {
        if (c >= 'A' && c <= 'Z')
            return;
        i = b + 1;
        while (i < n && is_lower_name(s[i]))
            i++;
        if (i >= n || s[i] != '(')
            return;
        L->name = (Part){b, i};
        if (ends(s, n, " <unfinished ...>") && n - 17 >= i + 1) {
            L->kind = L_ENTRY;
            L->args = (Part){i + 1, n - 17};
            return;
        }
        if (split_return(s, i + 1, n, L))
            L->kind = L_CALL;
        return;
    }
    if (c == '<') {
        if (!starts(body, bn, "<... "))
            return;
        i = b + 5;
        if (i >= n || !((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_'))
            return;
        while (i < n && is_lower_name(s[i]))
            i++;
        if (!starts(s + i, n - i, " resumed>"))
            return;
        L->name = (Part){b + 5, i};
        if (split_return(s, i + 9, n, L))
            L->kind = L_RESUME;
        return;
    }
    if (c == '+') {
        if (!ends(body, bn, " +++"))
            return;
        Py_ssize_t e = n - 4;
        if (starts(body, bn, "+++ exited with ")) {
            i = b + 16;
            k = digits(s, i + (i < e && s[i] == '-'), e);
            Py_ssize_t nd = k - i - (i < e && s[i] == '-');
            if (k == e && nd >= 1 && nd <= 12) {
                L->kind = L_EXITED;
                L->number = (Part){i, e};
            }
        } else if (starts(body, bn, "+++ killed by ")) {
            i = b + 14;
            k = signal_name(s, i, e);
            if (k < 0)
                return;
            if (k == e || (k + 14 == e && memcmp(s + k, " (core dumped)", 14) == 0)) {
                L->kind = L_KILLED;
                L->extra = (Part){i, k};
                L->core = k != e;
            }
        } else if (starts(body, bn, "+++ superseded by execve in pid ")) {
            i = b + 32;
            k = digits(s, i, e);
            if (k == e && k - i >= 1 && k - i <= 10) {
                L->kind = L_SUPERSEDED;
                L->number = (Part){i, e};
            }
        }
        return;
    }
    if (c == '-') {
        if (!ends(body, bn, " ---"))
            return;
        Py_ssize_t e = n - 4;
        if (starts(body, bn, "--- stopped by ")) {
            i = b + 15;
            k = signal_name(s, i, e);
            if (k == e) {
                L->kind = L_STOPPED;
                L->name = (Part){i, k};
            }
            return;
        }
        if (starts(body, bn, "--- ")) {
            i = b + 4;
            k = signal_name(s, i, e);
            /* a space, then {...} up to the end */
            if (k > 0 && k + 1 < e && s[k] == ' ' && s[k + 1] == '{' && s[e - 1] == '}' &&
                e - 1 > k + 1) {
                L->kind = L_SIGNAL;
                L->name = (Part){i, k};
                L->extra = (Part){k + 1, e};
            }
        }
    }
}

/* return_value(): (rval, errno, message) from the return text s[a:b] */
static int return_value(const char *s, Py_ssize_t a, Py_ssize_t b, PyObject **rval,
                        Part *errno_, Part *msg)
{
    Py_ssize_t i, n = b - a;
    const char *r = s + a;
    *errno_ = *msg = NONE;
    *rval = NULL;
    int restart = starts(r, n, "? ERESTART");
    if (starts(r, n, "-1 E") || restart) {
        i = restart ? 10 : 4;
        Py_ssize_t e0 = restart ? 2 : 3;
        while (i < n && (restart ? is_word(r[i]) : ((r[i] >= 'A' && r[i] <= 'Z') ||
                                                     is_digit(r[i]) || r[i] == '_')))
            i++;
        if (i > e0 + (restart ? 8 : 1) && i + 1 < n && r[i] == ' ' && r[i + 1] == '(') {
            const char *close = memchr(r + i + 2, ')', n - i - 2);
            if (close) {
                *errno_ = (Part){a + e0, a + i};
                *msg = (Part){a + i + 2, a + (close - r)};
                if (restart) {
                    Py_INCREF(Py_None);
                    *rval = Py_None;
                } else
                    *rval = PyLong_FromLong(-1);
                return *rval ? 0 : -1;
            }
        }
    }
    Py_ssize_t t = 0;
    while (t < n && r[t] != ' ' && r[t] != '<')
        t++;
    if (t > MAX_NUMBER) {
        Py_INCREF(Py_None);
        *rval = Py_None;
        return 0;
    }
    int base = 10;
    if (starts(r, t, "0x"))
        base = 16;
    else if (t > 1 && r[0] == '0' && all_digits(r, t))
        base = 8;
    *rval = int_or_none(r, t, base);
    return *rval ? 0 : -1;
}

/* seconds(): a -T duration as a float; None when absent or beyond any real duration */
static PyObject *seconds(const char *s, Part d)
{
    if (d.a < 0 || d.b - d.a > 24)
        Py_RETURN_NONE;
    double v = short_decimal(s, d.a, d.b);
    if (v < 0) {
        char buf[32];
        memcpy(buf, s + d.a, d.b - d.a);
        buf[d.b - d.a] = 0;
        v = PyOS_string_to_double(buf, NULL, NULL);
        if (v == -1.0 && PyErr_Occurred())
            return NULL;
    }
    if (!(v < 1e9))
        Py_RETURN_NONE;
    return PyFloat_FromDouble(v);
}

static PyObject *part_str(const char *s, Part p)
{
    if (p.a < 0)
        Py_RETURN_NONE;
    return short_str(s + p.a, p.b - p.a);
}

/* a timestamp as parse_line keeps it: stripped, None when empty */
static PyObject *ts_str(const char *s, Part p)
{
    if (p.a < 0)
        Py_RETURN_NONE;
    const char *t = s + p.a;
    Py_ssize_t n = p.b - p.a;
    strip(&t, &n);
    if (!n)
        Py_RETURN_NONE;
    return ascii_str(t, n);
}

/* ---- the Python types filled in: set up once by compiled.py ---- */

static PyTypeObject *SyscallType;
static PyObject *syscall_slots;   /* descriptors of the fields set here, in FIELDS order */
static PyObject *syscall_rest;    /* ((descriptor, default), ...) for the others */
static PyObject *RecordType, *py_parse_line, *syscall_numbers;
enum { F_PID, F_NAME, F_ARGS_TEXT, F_RET_TEXT, F_RVAL, F_ERRNO, F_ERROR, F_TIME,
       F_DURATION, F_LINE, F_SOURCE, N_FIELDS };

static int set_slot(PyObject *obj, PyObject *descr, PyObject *v)
{
    if (!v)
        return -1;
    int r = Py_TYPE(descr)->tp_descr_set(descr, obj, v);
    Py_DECREF(v);
    return r;
}

static PyObject *pid_of(const char *s, Line *L, long long default_pid)
{
    if (L->pid.a >= 0 && L->pid.b - L->pid.a <= 10) {
        long long v = 0;
        for (Py_ssize_t k = L->pid.a; k < L->pid.b; k++)
            v = v * 10 + (s[k] - '0');
        return PyLong_FromLongLong(v);
    }
    return PyLong_FromLongLong(default_pid);
}

/* reader._syscall(): the Syscall of a returned call */
static PyObject *make_syscall(const char *s, Line *L, PyObject *pid, Py_ssize_t lineno,
                              PyObject *source)
{
    PyObject *ev = SyscallType->tp_alloc(SyscallType, 0);
    if (!ev)
        return NULL;
    PyObject *rval;
    Part errno_, msg;
    if (return_value(s, L->ret.a, L->ret.b, &rval, &errno_, &msg) < 0)
        goto fail;
    PyObject *const *d = &PyTuple_GET_ITEM(syscall_slots, 0);
    Py_INCREF(pid);
    Py_INCREF(source);
    if (set_slot(ev, d[F_PID], pid) < 0 || set_slot(ev, d[F_NAME], part_str(s, L->name)) < 0 ||
        set_slot(ev, d[F_ARGS_TEXT], part_str(s, L->args)) < 0 ||
        set_slot(ev, d[F_RET_TEXT], part_str(s, L->ret)) < 0 ||
        set_slot(ev, d[F_RVAL], rval) < 0 ||
        set_slot(ev, d[F_ERRNO], part_str(s, errno_)) < 0 ||
        set_slot(ev, d[F_ERROR], part_str(s, msg)) < 0 ||
        set_slot(ev, d[F_TIME], ts_str(s, L->ts)) < 0 ||
        set_slot(ev, d[F_DURATION], seconds(s, L->dur)) < 0 ||
        set_slot(ev, d[F_LINE], PyLong_FromSsize_t(lineno)) < 0 ||
        set_slot(ev, d[F_SOURCE], source) < 0)
        goto fail;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(syscall_rest); k++) {
        PyObject *pair = PyTuple_GET_ITEM(syscall_rest, k);
        PyObject *v = PyTuple_GET_ITEM(pair, 1);
        Py_INCREF(v);
        if (set_slot(ev, PyTuple_GET_ITEM(pair, 0), v) < 0)
            goto fail;
    }
    return ev;
fail:
    Py_DECREF(ev);
    return NULL;
}

/* parse.Record(kind, pid, leader, lineno, name, args, ret, dur, extra, number, core, ts, raw) */
static PyObject *make_record(const char *s, Py_ssize_t n, Line *L, PyObject *pid,
                             Py_ssize_t lineno)
{
    PyObject *a[13] = {NULL};
    PyObject *r = NULL;
    Py_INCREF(S_kind[L->kind]);
    Py_INCREF(pid);
    a[0] = S_kind[L->kind];
    a[1] = pid;
    a[2] = ascii_str(s, L->lead);
    a[3] = PyLong_FromSsize_t(lineno);
    a[4] = L->name.a >= 0 ? part_str(s, L->name) : ascii_str("", 0);
    a[5] = L->args.a >= 0 ? part_str(s, L->args) : ascii_str("", 0);
    a[6] = L->kind == L_CALL || L->kind == L_RESUME ? part_str(s, L->ret) : (Py_INCREF(Py_None), Py_None);
    a[7] = L->kind == L_CALL || L->kind == L_RESUME ? part_str(s, L->dur) : (Py_INCREF(Py_None), Py_None);
    a[8] = L->extra.a >= 0 ? part_str(s, L->extra) : ascii_str("", 0);
    if (L->number.a >= 0) {
        a[9] = int_or_none(s + L->number.a, L->number.b - L->number.a, 10);
    } else {
        Py_INCREF(Py_None);
        a[9] = Py_None;
    }
    a[10] = PyBool_FromLong(L->core);
    a[11] = ts_str(s, L->ts);
    a[12] = ascii_str(s, n);
    for (int k = 0; k < 13; k++)
        if (!a[k])
            goto done;
    r = PyObject_Vectorcall(RecordType, a, 13, NULL);
done:
    for (int k = 0; k < 13; k++)
        Py_XDECREF(a[k]);
    return r;
}

/* the next line of block[pos:end]: its start, length and where the next begins */
static Py_ssize_t next_line(const char *blk, Py_ssize_t pos, Py_ssize_t end, Py_ssize_t *len)
{
    const char *nl = memchr(blk + pos, '\n', end - pos);
    Py_ssize_t e = nl ? nl - blk : end;
    *len = e - pos;
    return nl ? e + 1 : end;
}

static int parse_block_args(Py_ssize_t *pos, Py_ssize_t *lineno,
                            long long *pid, Py_buffer *buf, PyObject *const *args,
                            Py_ssize_t nargs, int need)
{
    if (nargs < need) {
        PyErr_SetString(PyExc_TypeError, "missing arguments");
        return -1;
    }
    if (PyObject_GetBuffer(args[0], buf, PyBUF_SIMPLE) < 0)
        return -1;
    *pos = PyLong_AsSsize_t(args[1]);
    *lineno = PyLong_AsSsize_t(args[2]);
    *pid = PyLong_AsLongLong(args[3]);
    if (PyErr_Occurred() || *pos < 0 || *pos > buf->len) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "position outside the block");
        PyBuffer_Release(buf);
        return -1;
    }
    return 0;
}

/* The event or record of one line: a Syscall for a returned call, a Record otherwise
 * (parse.parse_line's for the lines decided in Python). */
static PyObject *line_item(const char *s, Py_ssize_t n, Py_ssize_t lineno,
                           long long default_pid, PyObject *source)
{
    Line L;
    split_line(s, n, &L);
    if (L.kind == L_DEFER) {
        PyObject *line = PyUnicode_DecodeUTF8(s, n, "surrogateescape");
        if (!line)
            return NULL;
        PyObject *r = PyObject_CallFunction(py_parse_line, "OnL", line, lineno, default_pid);
        Py_DECREF(line);
        return r;
    }
    PyObject *pid = pid_of(s, &L, default_pid);
    if (!pid)
        return NULL;
    PyObject *r = L.kind == L_CALL ? make_syscall(s, &L, pid, lineno, source)
                                   : make_record(s, n, &L, pid, lineno);
    Py_DECREF(pid);
    return r;
}

/* count_unparsed(block, default_pid) -> int: how many of the block's lines
 * parse.parse_line() calls "unparsed" (not strace output), for the text copy: the lines
 * split_line() decides are strace's, the others are asked of parse_line(). */
static PyObject *m_count_unparsed(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    static PyObject *unparsed;
    Py_buffer buf;
    Py_ssize_t pos = 0, len, n = 0;
    long long pid;
    if (nargs != 2 || !py_parse_line) {
        PyErr_SetString(PyExc_TypeError, "count_unparsed(block, default_pid), after setup");
        return NULL;
    }
    if (!unparsed && !(unparsed = PyUnicode_InternFromString("unparsed")))
        return NULL;
    pid = PyLong_AsLongLong(args[1]);
    if ((pid == -1 && PyErr_Occurred()) || PyObject_GetBuffer(args[0], &buf, PyBUF_SIMPLE) < 0)
        return NULL;
    const char *blk = buf.buf;
    while (pos < buf.len) {
        Py_ssize_t next = next_line(blk, pos, buf.len, &len);
        Line L;
        split_line(blk + pos, len, &L);
        if (L.kind == L_DEFER) {
            PyObject *rec = line_item(blk + pos, len, 0, pid, Py_None);
            PyObject *kind = rec ? PyObject_GetAttrString(rec, "kind") : NULL;
            int same = kind ? PyObject_RichCompareBool(kind, unparsed, Py_EQ) : -1;
            Py_XDECREF(kind);
            Py_XDECREF(rec);
            if (same < 0) {
                PyBuffer_Release(&buf);
                return NULL;
            }
            n += same;
        }
        pos = next;
    }
    PyBuffer_Release(&buf);
    return PyLong_FromSsize_t(n);
}

/* items(block, pos, lineno, default_pid, source, max_lines) -> (items, pos, lineno):
 * the block's lines from pos (up to max_lines of them), each a Syscall or a Record. */
static PyObject *m_items(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer buf;
    Py_ssize_t pos, lineno;
    long long pid;
    if (parse_block_args(&pos, &lineno, &pid, &buf, args, nargs, 6) < 0)
        return NULL;
    PyObject *source = args[4];
    Py_ssize_t max_lines = PyLong_AsSsize_t(args[5]), len;
    const char *blk = buf.buf;
    PyObject *out = PyList_New(0);
    if (!out || (max_lines == -1 && PyErr_Occurred()))
        goto fail;
    while (pos < buf.len && max_lines-- > 0) {
        Py_ssize_t next = next_line(blk, pos, buf.len, &len);
        lineno++;
        PyObject *item = line_item(blk + pos, len, lineno, pid, source);
        if (!item || PyList_Append(out, item) < 0) {
            Py_XDECREF(item);
            goto fail;
        }
        Py_DECREF(item);
        pos = next;
    }
    PyBuffer_Release(&buf);
    return Py_BuildValue("(Nnn)", out, pos, lineno);
fail:
    Py_XDECREF(out);
    PyBuffer_Release(&buf);
    return NULL;
}

/* ---- sieved(): only the calls a consumer reads become events ---- */

/* The errno of a return text s[a:b] ("-1 ENOENT (...)", "? ERESTARTSYS (...)"), as
 * return_value() finds it; an absent part for a call that did not fail. */
static Part errno_of(const char *s, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *rval = NULL;
    Part errno_, msg;
    /* return_value() without the number: it only allocates for a return it keeps */
    Py_ssize_t n = b - a;
    const char *r = s + a;
    if (!starts(r, n, "-1 E") && !starts(r, n, "? ERESTART"))
        return NONE;
    if (return_value(s, a, b, &rval, &errno_, &msg) < 0) {
        PyErr_Clear();
        return NONE;
    }
    Py_XDECREF(rval);
    return errno_;
}

/* pid -> the state of the backward pass, open addressing; a slot counts only in the
 * current epoch (a new epoch forgets every pid at once) */
typedef struct {
    long long pid;
    int epoch, has_ts;
} PidSlot;

typedef struct {
    PidSlot *slots;
    Py_ssize_t mask;
    int epoch;
} PidMap;

static PidSlot *pid_slot(PidMap *m, long long pid)
{
    Py_ssize_t i = (Py_ssize_t)((unsigned long long)pid * 0x9E3779B97F4A7C15ULL >> 20) & m->mask;
    while (m->slots[i].epoch >= 0 && m->slots[i].pid != pid)
        i = (i + 1) & m->mask;
    return &m->slots[i];
}

enum { S_KEEP, S_SKIP, S_READS };
enum { D_NONE, D_ABSOLUTE, D_RELATIVE, D_EMPTY, D_FD_EMPTY, D_CLOSE, D_FCNTL };

/* What a consumer reads of a successful stat whose file the text alone names (see
 * stat_digest()); offsets in the line */
typedef struct {
    int kind;                 /* D_*: an absolute path, one relative to a -y directory,
                                 fstatat(fd</path>, "") or fstatat(fd, "") without -y;
                                 a close(), an fcntl(); a successful openat() */
    Part used, dir, mode;     /* the path as written, the -y directory, st_mode=... */
    Part uid, gid;            /* the digits of st_uid= and st_gid= (-v) */
    long long fd;             /* the descriptor a close() closes, fstatat(fd, "") reads,
                                 openat() returns */
    int opens;                /* a successful openat() of the path */
    int cloexec, directory;   /* openat(): O_CLOEXEC in its flags, O_DIRECTORY in its text */
} Digest;

typedef struct {
    Py_ssize_t start, len;
    long long pid;
    int cls, keep;
    Line L;
    Digest D;
} SLine;

/* A path that os.path.normpath() leaves as it is: absolute (when absolute is set),
 * with no empty, '.' or '..' component and no slash at the end; "/" is not one. */
static int plain_path(const char *t, Py_ssize_t n, int absolute)
{
    Py_ssize_t i = 0;
    if (absolute) {
        if (n < 2 || t[0] != '/')
            return 0;
        i = 1;
    } else if (n < 1 || t[0] == '/')
        return 0;
    while (i <= n) {      /* a component: t[i:j] */
        Py_ssize_t j = i;
        while (j < n && t[j] != '/')
            j++;
        if (j == i || (j - i == 1 && t[i] == '.') || (j - i == 2 && t[i] == '.' && t[i + 1] == '.'))
            return 0;
        i = j + 1;
    }
    return 1;
}

/* The -y text of a directory argument as quick.dirfd_node() takes it: none of
 * "<>()[]{} (nor , and | after AT_FDCWD) */
static int plain_ypath(const char *t, Py_ssize_t n, int at_fdcwd)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == '"' || c == '<' || c == '>' || c == '(' || c == ')' || c == '[' || c == ']' ||
            c == '{' || c == '}' || (at_fdcwd && (c == ',' || c == '|')))
            return 0;
    }
    return 1;
}

/* The leading (dirfd, "path") of an *at() call (dirfd) or the leading "path" of a
 * call whose first argument is its path, as quick.dirfd_path() and path_first() read
 * them, when the text alone decides the file: an absolute path (D_ABSOLUTE), one
 * relative to a directory -y printed (D_RELATIVE), "" after a -y directory (D_EMPTY)
 * or after a bare descriptor (D_FD_EMPTY, the descriptor in D->fd).  t[0:n]: the
 * arguments, at offset off of the line.  The index after the path's closing quote, or
 * 0 for any other shape (escapes, '.' or '..' in the path, a relative path with no -y
 * directory). */
static Py_ssize_t lead_path(const char *s, const char *t, Py_ssize_t n, Py_ssize_t off,
                            int dirfd, Digest *D)
{
    Py_ssize_t k = 0;
    Part dir = NONE;
    int at = 0;
    long long fd = 0;
    if (dirfd) {    /* (AT_FDCWD|-?\d+)(?:<([^>]*)>)?, " */
        if (starts(t, n, "AT_FDCWD")) {
            at = 1;
            k = 8;
        } else {
            k = n > 0 && t[0] == '-';
            Py_ssize_t e = digits(t, k, n);
            if (e == k || e - k > 18)
                return 0;
            for (Py_ssize_t i = k; i < e; i++)
                fd = fd * 10 + (t[i] - '0');
            if (k)
                fd = -fd;
            k = e;
        }
        if (k < n && t[k] == '<') {
            const char *gt = memchr(t + k + 1, '>', n - k - 1);
            if (!gt)
                return 0;
            Py_ssize_t g = gt - t;
            if (!plain_ypath(t + k + 1, g - k - 1, at))
                return 0;
            dir = (Part){off + k + 1, off + g};
            k = g + 1;
        }
        if (!starts(t + k, n - k, ", \""))
            return 0;
        k += 3;
    } else {
        if (n < 1 || t[0] != '"')
            return 0;
        k = 1;
    }
    /* "([^"\\]*)"(?:,|$) */
    Py_ssize_t q = k;
    while (q < n && t[q] != '"' && t[q] != '\\')
        q++;
    if (q >= n || t[q] != '"' || (q + 1 < n && t[q + 1] != ','))
        return 0;
    D->used = (Part){off + k, off + q};
    Py_ssize_t dn = dir.b - dir.a;
    if (q == k) {               /* fstatat(fd</path>, "", AT_EMPTY_PATH): that file */
        if (!dirfd || at)
            return 0;
        if (dir.a < 0) {        /* fstatat(fd, ""): the file the process's table knows */
            D->kind = D_FD_EMPTY;
            D->fd = fd;
        } else if (plain_path(s + dir.a, dn, 1))
            D->kind = D_EMPTY;
        else
            return 0;
    } else if (t[k] == '/') {
        if (!plain_path(t + k, q - k, 1))
            return 0;
        D->kind = D_ABSOLUTE;
    } else {
        if (dir.a < 0 || !plain_path(t + k, q - k, 0) ||
            (!(dn == 1 && s[dir.a] == '/') && !plain_path(s + dir.a, dn, 1)))
            return 0;
        D->kind = D_RELATIVE;
    }
    D->dir = dir;
    return q + 1;
}

/* The digits of the first "st_uid=" and of the first "st_gid=" of t[0:n] (at offset off
 * of the line), found in one pass over its '=' signs; absent parts when there are
 * none.  0 when a first one is not followed by digits (evidence.UID_RE's search would
 * go on: not done here). */
static int owner_digits(const char *t, Py_ssize_t n, Py_ssize_t off, Digest *D)
{
    D->uid = D->gid = NONE;
    const char *eq = t + 6, *end = t + n;
    while (eq < end && (eq = memchr(eq, '=', end - eq)) != NULL) {
        Part *p = NULL;
        if (memcmp(eq - 6, "st_", 3) == 0 && eq[-2] == 'i' && eq[-1] == 'd') {
            if (eq[-3] == 'u' && D->uid.a < 0)
                p = &D->uid;
            else if (eq[-3] == 'g' && D->gid.a < 0)
                p = &D->gid;
        }
        eq++;
        if (p) {
            const char *j = eq;
            while (j < end && is_digit(*j))
                j++;
            if (j == eq || j - eq > 18)
                return 0;
            *p = (Part){off + (eq - t), off + (j - t)};
        }
    }
    return 1;
}

/* The calls stat_digest() reads: how they name their file (1: a directory descriptor
 * and a path, 0: a path first), and whether they are stats (their st_mode and owners
 * read) or lookups (readlink, access: only where they looked, their path) */
static const struct {
    const char *name;
    int dirfd, stat;
} DIGESTED_PATHS[] = {
    {"newfstatat", 1, 1}, {"statx", 1, 1}, {"stat", 0, 1}, {"lstat", 0, 1},
    {"readlink", 0, 0}, {"readlinkat", 1, 0}, {"access", 0, 0}, {"faccessat", 1, 0},
    {"faccessat2", 1, 0},
};

/* A successful stat(), lstat(), newfstatat() or statx() whose file its text decides
 * (lead_path(): an absolute path, a path relative to a directory -y printed,
 * fstatat(fd</path>, "") or fstatat(fd, "")), read as analyze/quick.py and the
 * diagnosis read it: the path, the first st_mode=S_IF...|0... of the text and the
 * owners -v prints (evidence.stat_fields()); or a successful readlink(), readlinkat(),
 * access(), faccessat() or faccessat2() of an absolute path or one relative to a -y
 * directory: the path (mode absent).  0 for any other shape (escapes, a cut or
 * non-ASCII text, '.' or '..' in the path): the call is then an event like the
 * others. */
static int stat_digest(const char *s, Line *L, Digest *D)
{
    const char *name = s + L->name.a;
    Py_ssize_t nn = L->name.b - L->name.a;
    int dirfd = -1, stat = 0;
    for (size_t i = 0; i < sizeof DIGESTED_PATHS / sizeof DIGESTED_PATHS[0]; i++)
        if ((Py_ssize_t)strlen(DIGESTED_PATHS[i].name) == nn &&
            memcmp(name, DIGESTED_PATHS[i].name, nn) == 0) {
            dirfd = DIGESTED_PATHS[i].dirfd;
            stat = DIGESTED_PATHS[i].stat;
            break;
        }
    if (dirfd < 0 || L->args.a < 0)
        return 0;
    const char *t = s + L->args.a;
    Py_ssize_t n = L->args.b - L->args.a;
    if (stat)
        strip(&t, &n);
    else if (n < 1 || is_space(t[0]))
        return 0;
    Py_ssize_t off = t - s;
    if (!all_ascii(t, n) || !lead_path(s, t, n, off, dirfd, D))
        return 0;
    D->opens = 0;
    D->mode = D->uid = D->gid = NONE;
    if (!stat)      /* a lookup: its path alone */
        return D->kind == D_ABSOLUTE || D->kind == D_RELATIVE;
    /* st_mode=(S_IF[A-Z]+)\|(0[0-7]+), the first: when the first "st_mode=" is not
     * that, the search would go on (not done here) */
    Py_ssize_t m = find(t, n, "st_mode=");
    if (m >= 0) {
        Py_ssize_t i = m + 8;
        if (!starts(t + i, n - i, "S_IF"))
            return 0;
        i += 4;
        Py_ssize_t j = i;
        while (j < n && t[j] >= 'A' && t[j] <= 'Z')
            j++;
        if (j == i || j + 2 >= n || t[j] != '|' || t[j + 1] != '0' || t[j + 2] < '0' || t[j + 2] > '7')
            return 0;
        j += 2;
        while (j < n && t[j] >= '0' && t[j] <= '7')
            j++;
        if (j - m > 100)
            return 0;          /* (mode_key()'s room) */
        D->mode = (Part){off + m, off + j};
        if (!owner_digits(t, n, off, D))
            return 0;
    }
    return 1;
}

/* A successful openat() whose file and flags its text decides: lead_path() of an
 * absolute path or one relative to a directory -y printed, then the flags as
 * state.lead_flags() reads them (" ?[A-Z0-9_|]+" up to a comma or the end), and a
 * plain decimal descriptor returned.  What the diagnosis does with it is then decided
 * by the path, the descriptor, O_CLOEXEC in the flags and O_DIRECTORY in the text.
 */
static int open_digest(const char *s, Line *L, Digest *D)
{
    if (!(L->name.b - L->name.a == 6 && memcmp(s + L->name.a, "openat", 6) == 0) ||
        L->args.a < 0 || L->ret.a < 0)
        return 0;
    const char *t = s + L->args.a;
    Py_ssize_t n = L->args.b - L->args.a;
    if (n < 1 || is_space(t[0]) || is_space(t[n - 1]) || !all_ascii(t, n))
        return 0;
    Py_ssize_t k = lead_path(s, t, n, L->args.a, 1, D);
    if (!k || (D->kind != D_ABSOLUTE && D->kind != D_RELATIVE) || k >= n)
        return 0;
    /* lead_path() stopped at the comma after the path */
    Py_ssize_t i = k + 1;
    if (i < n && t[i] == ' ')
        i++;
    Py_ssize_t j = i;
    while (j < n && ((t[j] >= 'A' && t[j] <= 'Z') || is_digit(t[j]) || t[j] == '_' || t[j] == '|'))
        j++;
    if (j == i || (j < n && t[j] != ','))
        return 0;
    D->cloexec = find(t + i, j - i, "O_CLOEXEC") >= 0;
    D->directory = find(t, n, "O_DIRECTORY") >= 0;
    /* the descriptor: [1-9][0-9]* or 0, then the end, a space or -y's '<' */
    const char *r = s + L->ret.a;
    Py_ssize_t rn = L->ret.b - L->ret.a, e = digits(r, 0, rn);
    if (e == 0 || e > 18 || (e > 1 && r[0] == '0') || (e < rn && r[e] != ' ' && r[e] != '<'))
        return 0;
    long long fd = 0;
    for (Py_ssize_t x = 0; x < e; x++)
        fd = fd * 10 + (r[x] - '0');
    D->fd = fd;
    D->opens = 1;
    return 1;
}

/* A successful close() whose descriptor its text alone gives, as quick.fd_value()
 * reads it ("3", "3</path>", "3<socket:[...]>"), or an fcntl() that is not F_DUPFD*
 * (the only fcntl() that changes the descriptor table): what they do to the process's
 * descriptors is decided.  0 for any other call or shape: an event like the others. */
static int fd_digest(const char *s, Line *L, Digest *D)
{
    const char *name = s + L->name.a;
    Py_ssize_t nn = L->name.b - L->name.a;
    if (L->args.a < 0)
        return 0;
    const char *t = s + L->args.a;
    Py_ssize_t n = L->args.b - L->args.a;
    if (nn == 5 && memcmp(name, "fcntl", 5) == 0) {
        if (find(t, n, "F_DUPFD") >= 0)
            return 0;
        D->kind = D_FCNTL;
        return 1;
    }
    if (!(nn == 5 && memcmp(name, "close", 5) == 0) || !all_ascii(t, n))
        return 0;
    /* (-?\d+)(?:<(.*?)>)?(?:,|$), read only where the answer is plain */
    Py_ssize_t k = n > 0 && t[0] == '-';
    Py_ssize_t e = digits(t, k, n);
    if (e == k || e > 18)
        return 0;
    if (e < n) {
        /* <ypath> to the end, no comma inside (so no earlier '>' ends it); a ypath
         * with "<>()[]{} is read only when it is a socket's, name:[...] */
        if (t[e] != '<' || t[n - 1] != '>' || n - e < 2 || memchr(t + e, ',', n - e))
            return 0;
        const char *y = t + e + 1;
        Py_ssize_t yn = n - e - 2;
        if (!plain_ypath(y, yn, 0)) {
            Py_ssize_t i = 0;
            while (i < yn && ((y[i] >= 'a' && y[i] <= 'z') || (y[i] >= 'A' && y[i] <= 'Z') ||
                              (y[i] >= '0' && y[i] <= '9')))
                i++;
            if (i == 0 || !starts(y + i, yn - i, ":[") || y[yn - 1] != ']')
                return 0;
            for (Py_ssize_t j = i + 2; j < yn - 1; j++)
                if (strchr("[]\"<{}(),", y[j]))
                    return 0;
        }
    }
    long long v = 0;
    for (Py_ssize_t i = k; i < e; i++)
        v = v * 10 + (t[i] - '0');
    D->fd = k ? -v : v;
    D->kind = D_CLOSE;
    return 1;
}

/* The key of a stat's mode and owners that evidence.mode_fields() reads:
 * "st_mode=S_IF...|0..." and, when -v printed them, " st_uid=N", " st_gid=N" */
static PyObject *mode_key(const char *s, Digest *D)
{
    char key[160];
    Py_ssize_t n = D->mode.b - D->mode.a;
    memcpy(key, s + D->mode.a, n);
    const Part *owner[2] = {&D->uid, &D->gid};
    const char *lit[2] = {" st_uid=", " st_gid="};
    for (int i = 0; i < 2; i++) {
        if (owner[i]->a < 0)
            continue;
        memcpy(key + n, lit[i], 8);
        memcpy(key + n + 8, s + owner[i]->a, owner[i]->b - owner[i]->a);
        n += 8 + owner[i]->b - owner[i]->a;
    }
    return short_str(key, n);
}

static PyObject *new_ref(PyObject *o)
{
    Py_INCREF(o);
    return o;
}

/* A tuple of n new references (stolen), or NULL when one of them is NULL (the others
 * released): Py_BuildValue() without reading a format, for the tuples made per line */
static PyObject *tuple_of(Py_ssize_t n, ...)
{
    PyObject *items[8], *t = NULL;
    va_list ap;
    int ok = 1;
    va_start(ap, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        items[i] = va_arg(ap, PyObject *);
        ok &= items[i] != NULL;
    }
    va_end(ap);
    if (ok && (t = PyTuple_New(n)) != NULL) {
        for (Py_ssize_t i = 0; i < n; i++)
            PyTuple_SET_ITEM(t, i, items[i]);
        return t;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(items[i]);
    return NULL;
}

/* The digest of a call at offset in its run, ev its (line, line number, pid, source):
 * a stat's (offset, ev, path, path as written, the path's last component,
 * mode_key() or None), or (offset, ev, None, "", descriptor, ...) of fstatat(fd, "")
 * without -y; a close's (offset, ev, descriptor); an fcntl's (offset, ev, None); an
 * openat's (offset, ev, path, last component, descriptor, "cloexec" or "", whether
 * its text holds O_DIRECTORY). */
static PyObject *digest_tuple(const char *s, Digest *D, Py_ssize_t offset, PyObject *ev)
{
    PyObject *path, *used, *base, *mode;
    PyObject *off = PyLong_FromSsize_t(offset);
    if (D->kind == D_CLOSE)
        return tuple_of(3, off, new_ref(ev), PyLong_FromLongLong(D->fd));
    if (D->kind == D_FCNTL)
        return tuple_of(3, off, new_ref(ev), new_ref(Py_None));
    mode = D->opens ? NULL : D->mode.a < 0 ? new_ref(Py_None) : mode_key(s, D);
    if (D->kind == D_FD_EMPTY)
        return tuple_of(6, off, new_ref(ev), new_ref(Py_None), PyUnicode_New(0, 127),
                        PyLong_FromLongLong(D->fd), mode);
    Py_ssize_t un = D->used.b - D->used.a;
    used = ascii_str(s + D->used.a, un);
    if (!used)
        path = NULL;
    else if (D->kind == D_ABSOLUTE)
        path = new_ref(used);
    else if (D->kind == D_EMPTY)
        path = ascii_str(s + D->dir.a, D->dir.b - D->dir.a);
    else {
        Py_ssize_t dn = D->dir.b - D->dir.a, sep = !(dn == 1);
        path = PyUnicode_New(dn + sep + un, 127);
        if (path) {
            char *w = (char *)PyUnicode_1BYTE_DATA(path);
            memcpy(w, s + D->dir.a, dn);
            if (sep)
                w[dn] = '/';
            memcpy(w + dn + sep, s + D->used.a, un);
        }
    }
    base = NULL;
    if (path) {
        const char *p = (const char *)PyUnicode_1BYTE_DATA(path);
        Py_ssize_t pn = PyUnicode_GET_LENGTH(path), b = pn;
        while (b > 0 && p[b - 1] != '/')
            b--;
        base = short_str(p + b, pn - b);
    }
    if (D->opens) {
        Py_XDECREF(used);
        Py_XDECREF(mode);
        return tuple_of(7, off, new_ref(ev), path, base, PyLong_FromLongLong(D->fd),
                        D->cloexec ? short_str("cloexec", 7) : PyUnicode_New(0, 127),
                        new_ref(D->directory ? Py_True : Py_False));
    }
    return tuple_of(6, off, new_ref(ev), path, used, base, mode);
}

/* What the consumer does with a returned call: decide(name, errno or None) (0 to 3,
 * see sieved()), remembered in cache under the name, or "name ERRNO" for a failure. */
static int skippable(const char *s, Line *L, PyObject *cache, PyObject *decide)
{
    Part e = errno_of(s, L->ret.a, L->ret.b);
    Py_ssize_t nn = L->name.b - L->name.a, en = e.a >= 0 ? e.b - e.a : 0;
    char key[STR_MAX + 1];
    if (nn + 1 + en > STR_MAX)
        return 2;    /* kept, and read as a reader: the safe answer */
    memcpy(key, s + L->name.a, nn);
    if (en) {
        key[nn] = ' ';
        memcpy(key + nn + 1, s + e.a, en);
    }
    PyObject *k = short_str(key, en ? nn + 1 + en : nn);
    if (!k)
        return -1;
    PyObject *v = PyDict_GetItemWithError(cache, k);
    if (!v) {
        if (PyErr_Occurred()) {
            Py_DECREF(k);
            return -1;
        }
        PyObject *name = short_str(s + L->name.a, nn);
        PyObject *err = en ? short_str(s + e.a, en) : (Py_INCREF(Py_None), Py_None);
        v = name && err ? PyObject_CallFunctionObjArgs(decide, name, err, NULL) : NULL;
        Py_XDECREF(name);
        Py_XDECREF(err);
        if (!v || PyDict_SetItem(cache, k, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(k);
            return -1;
        }
        Py_DECREF(v);
    }
    Py_DECREF(k);
    long r = PyLong_AsLong(v);
    return r == -1 && PyErr_Occurred() ? -1 : (int)r;
}

static int append_new(PyObject *list, PyObject *item)
{
    if (!item)
        return -1;
    int r = PyList_Append(list, item);
    Py_DECREF(item);
    return r;
}

/* Skipped(pid, count) or Skipped(pid, count, digests) of a run, appended to out */
static int end_run(PyObject *out, PyObject *type, long long pid, Py_ssize_t *run,
                   PyObject **digests)
{
    PyObject *item = *digests ? PyObject_CallFunction(type, "LnO", pid, *run, *digests)
                              : PyObject_CallFunction(type, "Ln", pid, *run);
    Py_CLEAR(*digests);
    *run = 0;
    return append_new(out, item);
}

/* sieved(block, pos, lineno, default_pid, source, cache, decide, seen, Skipped)
 *   -> (items, pos, lineno)
 * items() of the whole block, except for the returned calls that decide(name, errno or
 * None) says the consumer does not read (1; 2 for a call whose handling reads the last
 * call of its process, 0 for the others): a run of them in one process is
 * Skipped(pid, count).  A skipped call is still made an event when its process is not
 * in seen (the pids of the calls made events so far), and when it is the last call of
 * its process before a call that reads the last call, or before the end of the block,
 * so that "the last call of each process" and "the last time" read what they would
 * without the sieve.  Lines that are not returned calls, and lines without a pid
 * (which may belong to any process), count as such a reader for every process.
 * decide() 3 is for a successful call the consumer reads from its digest: skipped like
 * the others when stat_digest() or fd_digest() reads it, with (offset in the run,
 * call, path, path as written, last component, st_mode text or None) of a stat,
 * (offset, call, descriptor) of a close, (offset, call, None) of an fcntl, in the
 * run's Skipped(pid, count, digests); kept as an event when it is not of that shape.
 * call is (line as bytes, line number, pid, source), parsed only if it is read. */
static PyObject *m_sieved(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer buf;
    Py_ssize_t pos, lineno, len;
    long long dpid;
    if (parse_block_args(&pos, &lineno, &dpid, &buf, args, nargs, 9) < 0)
        return NULL;
    PyObject *source = args[4], *cache = args[5], *decide = args[6], *seen = args[7],
             *skipped_type = args[8];
    const char *blk = buf.buf;
    SLine *ls = NULL;
    PidMap map = {NULL, 0, 0};
    PyObject *out = NULL, *digests = NULL;    /* digests: of the current run */
    Py_ssize_t n = 0, cap = 0;
    if (!PyDict_Check(cache) || !PySet_Check(seen)) {
        PyErr_SetString(PyExc_TypeError, "sieved: cache is a dict, seen a set");
        goto fail;
    }
    /* pass 1: every line split, and which calls may be skipped */
    while (pos < buf.len) {
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            SLine *more = PyMem_Realloc(ls, cap * sizeof(SLine));
            if (!more) {
                PyErr_NoMemory();
                goto fail;
            }
            ls = more;
        }
        SLine *x = &ls[n];
        Py_ssize_t next = next_line(blk, pos, buf.len, &len);
        x->start = pos;
        x->len = len;
        split_line(blk + pos, len, &x->L);
        x->pid = dpid;
        if (x->L.kind != L_DEFER && x->L.pid.a >= 0 && x->L.pid.b - x->L.pid.a <= 10) {
            long long v = 0;
            for (Py_ssize_t k = x->L.pid.a; k < x->L.pid.b; k++)
                v = v * 10 + (blk[pos + k] - '0');
            x->pid = v;
        }
        x->cls = x->L.kind == L_CALL ? S_KEEP : S_READS;
        x->D.kind = D_NONE;
        if (x->L.kind == L_CALL) {
            int r = skippable(blk + pos, &x->L, cache, decide);
            if (r < 0)
                goto fail;
            if (r == 3 && (stat_digest(blk + pos, &x->L, &x->D) ||
                           fd_digest(blk + pos, &x->L, &x->D) ||
                           open_digest(blk + pos, &x->L, &x->D)))
                r = 1;
            x->cls = r == 1 ? S_SKIP : r == 2 ? S_READS : S_KEEP;
        }
        x->keep = x->cls != S_SKIP;
        n++;
        pos = next;
    }
    /* pass 2, backwards: a skipped call stays skipped when a later one of its process
     * comes before the process's next item (and carries a time if it does) */
    map.mask = 1;
    while (map.mask < 2 * n + 2)
        map.mask <<= 1;
    map.slots = PyMem_Malloc(map.mask * sizeof(PidSlot));
    if (!map.slots) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < map.mask; i++)
        map.slots[i].epoch = -1;
    map.mask--;
    map.epoch = 1;
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        SLine *x = &ls[i];
        if (x->cls == S_SKIP) {
            PidSlot *sl = pid_slot(&map, x->pid);
            int has_ts = x->L.ts.a >= 0;
            x->keep = !(sl->epoch == map.epoch && (sl->has_ts || !has_ts));
            sl->pid = x->pid;
            sl->epoch = map.epoch;
            sl->has_ts = has_ts;
        } else if (x->cls == S_KEEP) {
            continue;
        } else if (x->L.kind != L_CALL || x->pid == 0) {
            map.epoch++;
        } else {
            PidSlot *sl = pid_slot(&map, x->pid);
            if (sl->epoch >= 0)
                sl->epoch = 0;      /* stays in the probe chain, counts in no epoch */
            sl = pid_slot(&map, 0);
            if (sl->epoch >= 0)
                sl->epoch = 0;
        }
    }
    /* pass 3: the items, with runs of skipped calls counted */
    out = PyList_New(0);
    if (!out)
        goto fail;
    long long run_pid = 0;
    Py_ssize_t run = 0;
#define END_RUN() end_run(out, skipped_type, run_pid, &run, &digests)
    for (Py_ssize_t i = 0; i < n; i++) {
        SLine *x = &ls[i];
        const char *s = blk + x->start;
        lineno++;
        PyObject *pid = NULL;
        if (x->L.kind != L_DEFER) {
            pid = PyLong_FromLongLong(x->pid);
            if (!pid)
                goto fail;
            if (x->cls == S_SKIP && !x->keep) {
                int r = PySet_Contains(seen, pid);
                if (r < 0) {
                    Py_DECREF(pid);
                    goto fail;
                }
                if (r) {
                    if (run && run_pid != x->pid && END_RUN() < 0) {
                        Py_DECREF(pid);
                        goto fail;
                    }
                    if (x->D.kind != D_NONE) {
                        /* the call itself is rarely read: its line, to be parsed then */
                        PyObject *ev = tuple_of(4, PyBytes_FromStringAndSize(s, x->len),
                                                PyLong_FromSsize_t(lineno), new_ref(pid),
                                                new_ref(source));
                        PyObject *d = ev ? digest_tuple(s, &x->D, run, ev) : NULL;
                        Py_XDECREF(ev);
                        if (!d || (!digests && !(digests = PyList_New(0))) ||
                            append_new(digests, d) < 0) {
                            Py_DECREF(pid);
                            goto fail;
                        }
                    }
                    Py_DECREF(pid);
                    run_pid = x->pid;
                    run++;
                    continue;
                }
            }
            if (x->L.kind == L_CALL && PySet_Add(seen, pid) < 0) {
                Py_DECREF(pid);
                goto fail;
            }
        }
        if (run && END_RUN() < 0) {
            Py_XDECREF(pid);
            goto fail;
        }
        PyObject *item;
        if (!pid)
            item = line_item(s, x->len, lineno, dpid, source);
        else {
            item = x->L.kind == L_CALL ? make_syscall(s, &x->L, pid, lineno, source)
                                       : make_record(s, x->len, &x->L, pid, lineno);
            Py_DECREF(pid);
        }
        if (append_new(out, item) < 0)
            goto fail;
    }
    if (run && END_RUN() < 0)
        goto fail;
#undef END_RUN
    PyMem_Free(ls);
    PyMem_Free(map.slots);
    PyBuffer_Release(&buf);
    return Py_BuildValue("(Nnn)", out, pos, lineno);
fail:
    Py_XDECREF(out);
    Py_XDECREF(digests);
    PyMem_Free(ls);
    PyMem_Free(map.slots);
    PyBuffer_Release(&buf);
    return NULL;
}

/* ---- JSON, as json.JSONEncoder(separators=(",", ":")) writes it ---- */

typedef struct {
    char *s;
    Py_ssize_t n, cap;
} Buf;

static int grow_to(Buf *b, Py_ssize_t more);

static inline int grow(Buf *b, Py_ssize_t more)
{
    return b->n + more <= b->cap ? 0 : grow_to(b, more);
}

static int grow_to(Buf *b, Py_ssize_t more)
{
    Py_ssize_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->n + more)
        cap *= 2;
    char *s = PyMem_Realloc(b->s, cap);
    if (!s) {
        PyErr_NoMemory();
        return -1;
    }
    b->s = s;
    b->cap = cap;
    return 0;
}

static inline int put(Buf *b, const char *s, Py_ssize_t n)
{
    if (grow(b, n) < 0)
        return -1;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    return 0;
}

#define PUT(b, lit) put(b, lit, sizeof(lit) - 1)

static const char HEX[] = "0123456789abcdef";

/* whether any of the eight bytes of v is not printable ASCII, or '"' or '\\' (the
 * exact has-a-byte-below test: a borrow only reaches bytes above a true one) */
static int needs_escape8(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t q = v ^ (ones * '"'), bs = v ^ (ones * '\\'), del = v ^ (ones * 0x7f);
    return (((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((bs - ones) & ~bs) |
            ((del - ones) & ~del) | v) & high ? 1 : 0;
}

/* ASCII text as a JSON string: printable characters as they are, eight at a time */
static int put_ascii(Buf *b, const char *s, Py_ssize_t n)
{
    if (grow(b, 2 + n * 6) < 0)
        return -1;
    char *w = b->s + b->n;
    *w++ = '"';
    for (Py_ssize_t i = 0, stop; i < n; ) {
        uint64_t v;
        if (i + 8 <= n) {   /* most text needs no escape: eight bytes at a time */
            memcpy(&v, s + i, 8);
            if (!needs_escape8(v)) {
                memcpy(w, s + i, 8);
                w += 8;
                i += 8;
                continue;
            }
        }
        for (stop = i + 8 < n ? i + 8 : n; i < stop; i++) {
            unsigned char c = s[i];
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                *w++ = c;
                continue;
            }
            *w++ = '\\';
            switch (c) {
            case '"': *w++ = '"'; break;
            case '\\': *w++ = '\\'; break;
            case '\n': *w++ = 'n'; break;
            case '\r': *w++ = 'r'; break;
            case '\t': *w++ = 't'; break;
            case '\b': *w++ = 'b'; break;
            case '\f': *w++ = 'f'; break;
            default:
                memcpy(w, "u00", 3);
                w[3] = HEX[c >> 4];
                w[4] = HEX[c & 0xf];
                w += 5;
            }
        }
    }
    *w++ = '"';
    b->n = w - b->s;
    return 0;
}

/* a string's JSON with ensure_ascii: printable ASCII as is, the rest escaped */
static int put_str(Buf *b, PyObject *o)
{
    if (PyUnicode_IS_ASCII(o))
        return put_ascii(b, (const char *)PyUnicode_1BYTE_DATA(o), PyUnicode_GET_LENGTH(o));
    Py_ssize_t n = PyUnicode_GET_LENGTH(o);
    int kind = PyUnicode_KIND(o);
    const void *data = PyUnicode_DATA(o);
    if (grow(b, 2 + n * 12) < 0)   /* the worst: a surrogate pair per character */
        return -1;
    char *w = b->s + b->n;
    *w++ = '"';
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
            *w++ = (char)c;
            continue;
        }
        *w++ = '\\';
        switch (c) {
        case '"': *w++ = '"'; continue;
        case '\\': *w++ = '\\'; continue;
        case '\n': *w++ = 'n'; continue;
        case '\r': *w++ = 'r'; continue;
        case '\t': *w++ = 't'; continue;
        case '\b': *w++ = 'b'; continue;
        case '\f': *w++ = 'f'; continue;
        }
        if (c >= 0x10000) {   /* a surrogate pair */
            Py_UCS4 v = c - 0x10000, hi = 0xd800 | ((v >> 10) & 0x3ff);
            *w++ = 'u';
            for (int k = 12; k >= 0; k -= 4)
                *w++ = HEX[(hi >> k) & 0xf];
            *w++ = '\\';
            c = 0xdc00 | (v & 0x3ff);
        }
        *w++ = 'u';
        for (int k = 12; k >= 0; k -= 4)
            *w++ = HEX[(c >> k) & 0xf];
    }
    *w++ = '"';
    b->n = w - b->s;
    return 0;
}

static int put_obj(Buf *b, PyObject *o);

static int put_repr(Buf *b, PyObject *o, PyObject *(*fn)(PyObject *))
{
    PyObject *r = fn(o);
    if (!r)
        return -1;
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(r, &n);
    int rc = s ? put(b, s, n) : -1;
    Py_DECREF(r);
    return rc;
}

static int put_decimal(Buf *b, long long v)
{
    char tmp[24], *w = tmp + sizeof tmp;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--w = '0' + u % 10;
        u /= 10;
    } while (u);
    if (v < 0)
        *--w = '-';
    return put(b, w, tmp + sizeof tmp - w);
}

static int put_int(Buf *b, PyObject *o)
{
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow)
        return put_repr(b, o, PyObject_Str);   /* int.__repr__ */
    if (v == -1 && PyErr_Occurred())
        return -1;
    return put_decimal(b, v);
}

static int put_float(Buf *b, double v)
{
    if (!isfinite(v))   /* the encoder's allow_nan words */
        return isnan(v) ? PUT(b, "NaN") : v > 0 ? PUT(b, "Infinity") : PUT(b, "-Infinity");
    char *r = PyOS_double_to_string(v, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    if (!r)
        return -1;
    int rc = put(b, r, strlen(r));
    PyMem_Free(r);
    return rc;
}

static int put_obj(Buf *b, PyObject *o)
{
    if (o == Py_None)
        return PUT(b, "null");
    if (o == Py_True)
        return PUT(b, "true");
    if (o == Py_False)
        return PUT(b, "false");
    if (PyUnicode_CheckExact(o))
        return put_str(b, o);
    if (PyLong_CheckExact(o))
        return put_int(b, o);
    if (PyFloat_CheckExact(o))
        return put_float(b, PyFloat_AS_DOUBLE(o));
    if (PyList_CheckExact(o)) {
        if (PUT(b, "[") < 0)
            return -1;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(o); i++)
            if ((i && PUT(b, ",") < 0) || put_obj(b, PyList_GET_ITEM(o, i)) < 0)
                return -1;
        return PUT(b, "]");
    }
    if (PyDict_CheckExact(o)) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        int first = 1;
        if (PUT(b, "{") < 0)
            return -1;
        while (PyDict_Next(o, &pos, &k, &v)) {
            if (!PyUnicode_CheckExact(k)) {
                PyErr_SetString(PyExc_TypeError, "JSON keys are str");
                return -1;
            }
            if ((!first && PUT(b, ",") < 0) || put_str(b, k) < 0 || PUT(b, ":") < 0 ||
                put_obj(b, v) < 0)
                return -1;
            first = 0;
        }
        return PUT(b, "}");
    }
    PyErr_Format(PyExc_TypeError, "no JSON for %s", Py_TYPE(o)->tp_name);
    return -1;
}

static int put_part(Buf *b, const char *s, Part p)
{
    /* an ASCII part of the line as a JSON string (absent: null) */
    return p.a < 0 ? PUT(b, "null") : put_ascii(b, s + p.a, p.b - p.a);
}

/* The JSON of argument texts seen lately: most arguments of a log come again and again
 * (AT_FDCWD, the same descriptors and paths, flags), and the same text at the same
 * depth always has the same tree.  Direct-mapped, bounded in size. */
#define MEMO_SLOTS 8192
#define MEMO_KEY 128
#define MEMO_JSON 1024
typedef struct {
    char *key, *json;   /* one allocation: key, then json */
    Py_ssize_t klen, jlen;
} Memo;
static Memo memo[MEMO_SLOTS];

static Memo *memo_slot(const char *k, Py_ssize_t n)
{
    return &memo[hash_bytes(k, n) % MEMO_SLOTS];
}

/* ---- put_obj(parse_value(...)) without the dicts ----
 * The rules of parse_value and parse_rest above, in their order, writing each node's
 * JSON as it is decided.  The rare shapes whose dict is not written in one pass (a
 * struct with unnamed items or a name twice) go through parse_value itself.
 * tests/test_logparse.py holds the JSON of both against args.py's. */

static int put_value(Buf *b, Stack *st, const char *t, Py_ssize_t n, int depth,
                     const Span *over, const Span *comment);

/* {"text":...,"type":... : the node's start; over is the text of a value with a comment */
static int put_head(Buf *b, const char *t, Py_ssize_t n, const Span *over, PyObject *type)
{
    if (over) {
        t = over->s;
        n = over->n;
    }
    return (PUT(b, "{\"text\":") < 0 || put_ascii(b, t, n) < 0 || PUT(b, ",\"type\":") < 0 ||
            put_str(b, type) < 0) ? -1 : 0;
}

static int put_tail(Buf *b, const Span *comment)
{
    if (comment && (PUT(b, ",\"comment\":") < 0 || put_ascii(b, comment->s, comment->n) < 0))
        return -1;
    return PUT(b, "}");
}

/* int_or_none(t, n, base)'s JSON: the usual sizes without an int object */
static int put_int_text(Buf *b, const char *t, Py_ssize_t n, int base)
{
    if (base == 10 && n > 0 && n <= 18) {
        Py_ssize_t i = t[0] == '-';
        if (i < n && all_digits(t + i, n - i)) {
            long long v = 0;
            for (Py_ssize_t k = i; k < n; k++)
                v = v * 10 + (t[k] - '0');
            return put_decimal(b, i ? -v : v);
        }
    }
    if (base == 16 && n > 2 && n <= 17) {   /* 0x and at most 15 hex digits */
        long long v = 0;
        for (Py_ssize_t k = 2; k < n; k++)
            v = v * 16 + hexval(t[k]);
        return put_decimal(b, v);
    }
    PyObject *v = int_or_none(t, n, base);
    if (!v)
        return -1;
    int rc = put_obj(b, v);
    Py_DECREF(v);
    return rc;
}

/* [put_value(part) for the parts pushed from base on], popped */
static int put_parts(Buf *b, Stack *st, Py_ssize_t base, Py_ssize_t count, int depth)
{
    if (PUT(b, "[") < 0)
        return -1;
    for (Py_ssize_t k = 0; k < count; k++) {
        Span p = st->v[base + k];
        if ((k && PUT(b, ",") < 0) || put_value(b, st, p.s, p.n, depth, NULL, NULL) < 0)
            return -1;
    }
    st->top = base;
    return PUT(b, "]");
}

/* parse_struct's fields; 1: a shape left to parse_value (nothing written) */
static int put_fields(Buf *b, Stack *st, const char *in, Py_ssize_t n, int depth,
                      int *abbreviated)
{
    Py_ssize_t base = st->top, count = split_top(st, in, n, ',');
    if (count < 0)
        return -1;
    for (Py_ssize_t k = 0; k < count; k++) {   /* named fields only, each name once */
        Span p = st->v[base + k];
        if (p.n == 3 && memcmp(p.s, "...", 3) == 0)
            continue;
        Py_ssize_t kn = field_name(p);
        if (kn < 0 || count > 64) {
            st->top = base;
            return 1;
        }
        for (Py_ssize_t j = 0; j < k; j++) {
            Span q = st->v[base + j];
            if (q.n > kn && q.s[kn] == '=' && memcmp(q.s, p.s, kn) == 0) {
                st->top = base;
                return 1;
            }
        }
    }
    if (PUT(b, "{") < 0)
        return -1;
    int first = 1;
    for (Py_ssize_t k = 0; k < count; k++) {
        Span p = st->v[base + k];
        if (p.n == 3 && memcmp(p.s, "...", 3) == 0) {
            *abbreviated = 1;
            continue;
        }
        Py_ssize_t kn = (const char *)memchr(p.s, '=', p.n) - p.s;
        if ((!first && PUT(b, ",") < 0) || put_ascii(b, p.s, kn) < 0 || PUT(b, ":") < 0 ||
            put_value(b, st, p.s + kn + 1, p.n - kn - 1, depth, NULL, NULL) < 0)
            return -1;
        first = 0;
    }
    st->top = base;
    return PUT(b, "}");
}

/* parse_value(t, depth) for the shapes put_value leaves to it, with over and comment */
static int put_parsed(Buf *b, Stack *st, const char *t, Py_ssize_t n, int depth,
                      const Span *over, const Span *comment)
{
    PyObject *v = parse_value(st, t, n, depth);
    int rc = -1;
    if (v && (!over || set(v, S_text, short_str(over->s, over->n)) == 0) &&
        (!comment || set(v, S_comment, short_str(comment->s, comment->n)) == 0))
        rc = put_obj(b, v);
    Py_XDECREF(v);
    return rc;
}

static int put_value(Buf *b, Stack *st, const char *t, Py_ssize_t n, int depth,
                     const Span *over, const Span *comment)
{
    Py_ssize_t i, at = b->n;
    int depth0 = depth;
    strip(&t, &n);
    if (depth > MAX_DEPTH)   /* deeper than strace ever nests: kept as text */
        return put_head(b, t, n, over, S_raw) < 0 ? -1 : put_tail(b, comment);
    /* the commonest values, decided before the general rules */
    if (n <= MAX_NUMBER && all_digits(t, n))
        return (put_head(b, t, n, over, S_int) < 0 || PUT(b, ",\"value\":") < 0 ||
                put_int_text(b, t, n, 10) < 0) ? -1 : put_tail(b, comment);
    if (is_identifier(t, n)) {
        if (n == 4 && memcmp(t, "NULL", 4) == 0)
            return (put_head(b, t, n, over, S_null) < 0 || PUT(b, ",\"value\":null") < 0)
                   ? -1 : put_tail(b, comment);
        return (put_head(b, t, n, over, S_const) < 0 || PUT(b, ",\"value\":") < 0 ||
                put_ascii(b, t, n) < 0) ? -1 : put_tail(b, comment);
    }
    depth++;
    if ((i = comment_at(t, n)) >= 0) {   /* x, then a comment */
        if (over || comment)   /* never: x holds no comment of its own */
            return put_parsed(b, st, t, n, depth0, over, comment);
        Span whole = {t, n}, note = {t + i + 4, n - 3 - (i + 4)};
        return put_value(b, st, t, i, depth, &whole, &note);
    }
    if (n && t[0] == '"') {
        const char *q = memrchr(t, '"', n);
        Py_ssize_t end = q - t, len = end > 1 ? end - 1 : 0;
        if (put_head(b, t, n, over, S_string) < 0 || PUT(b, ",\"value\":") < 0)
            return -1;
        if (memchr(t + 1, '\\', len)) {
            PyObject *v = unquote(t + 1, len);
            int rc = v ? put_str(b, v) : -1;
            Py_XDECREF(v);
            if (rc < 0)
                return -1;
        } else if (put_ascii(b, t + 1, len) < 0)
            return -1;
        return (ends(t, n, "...") ? PUT(b, ",\"truncated\":true")
                                  : PUT(b, ",\"truncated\":false")) < 0 ? -1 : put_tail(b, comment);
    }
    if (n == 3 && memcmp(t, "...", 3) == 0)
        return put_head(b, t, n, over, S_more) < 0 ? -1 : put_tail(b, comment);
    if (n && (t[0] == '[' || t[0] == '{') && (i = find(t, n, " => ")) >= 0)
        return (put_head(b, t, n, over, S_changed) < 0 || PUT(b, ",\"before\":") < 0 ||
                put_value(b, st, t, i, depth, NULL, NULL) < 0 || PUT(b, ",\"after\":") < 0 ||
                put_value(b, st, t + i + 4, n - i - 4, depth, NULL, NULL) < 0)
               ? -1 : put_tail(b, comment);
    int base = number_base(t, n), deleted;
    if (base)
        return (put_head(b, t, n, over, S_int) < 0 || PUT(b, ",\"value\":") < 0 ||
                put_int_text(b, t, n, base) < 0) ? -1 : put_tail(b, comment);
    Py_ssize_t d, pe;
    if ((deleted = fd_shape(t, n, &d, &pe)) >= 0)
        return (put_head(b, t, n, over, S_fd) < 0 || PUT(b, ",\"value\":") < 0 ||
                put_int_text(b, t, d, 10) < 0 || PUT(b, ",\"path\":") < 0 ||
                put_ascii(b, t + d + 1, pe - d - 1) < 0 ||
                (deleted && PUT(b, ",\"deleted\":true") < 0)) ? -1 : put_tail(b, comment);
    if (n && t[0] == '{' && t[n - 1] == '}') {
        int abbreviated = 0, rc;
        if (put_head(b, t, n, over, S_struct) < 0 || PUT(b, ",\"fields\":") < 0 ||
            (rc = put_fields(b, st, t + 1, n > 1 ? n - 2 : 0, depth, &abbreviated)) < 0)
            return -1;
        if (rc == 1) {
            b->n = at;
            return put_parsed(b, st, t, n, depth0, over, comment);
        }
        return (abbreviated ? PUT(b, ",\"abbreviated\":true")
                            : PUT(b, ",\"abbreviated\":false")) < 0 ? -1 : put_tail(b, comment);
    }
    if ((n && t[0] == '[' && t[n - 1] == ']') || starts(t, n, "~[")) {
        int inverted = t[0] == '~';
        Py_ssize_t base = st->top, count = array_items(st, t, n);
        if (count < 0 || put_head(b, t, n, over, S_array) < 0 || PUT(b, ",\"items\":") < 0 ||
            put_parts(b, st, base, count, depth) < 0)
            return -1;
        return (inverted ? PUT(b, ",\"inverted\":true")
                         : PUT(b, ",\"inverted\":false")) < 0 ? -1 : put_tail(b, comment);
    }
    if ((i = call_shape(t, n))) {   /* name(args) */
        Py_ssize_t base = st->top, count = split_top(st, t + i + 1, n - i - 2, ',');
        return (count < 0 || put_head(b, t, n, over, S_call) < 0 ||
                PUT(b, ",\"name\":") < 0 || put_ascii(b, t, i) < 0 ||
                PUT(b, ",\"args\":") < 0 || put_parts(b, st, base, count, depth) < 0)
               ? -1 : put_tail(b, comment);
    }
    if (memchr(t, '|', n) && t[0] != '{') {
        Py_ssize_t base = st->top, count = split_top(st, t, n, '|');
        if (count < 0 || put_head(b, t, n, over, S_flags) < 0 || PUT(b, ",\"value\":[") < 0)
            return -1;
        for (Py_ssize_t k = 0; k < count; k++)
            if ((k && PUT(b, ",") < 0) || put_ascii(b, st->v[base + k].s, st->v[base + k].n) < 0)
                return -1;
        st->top = base;
        return PUT(b, "]") < 0 ? -1 : put_tail(b, comment);
    }
    if (const_match(t, n))
        return (put_head(b, t, n, over, S_const) < 0 || PUT(b, ",\"value\":") < 0 ||
                put_ascii(b, t, n) < 0) ? -1 : put_tail(b, comment);
    return put_head(b, t, n, over, S_raw) < 0 ? -1 : put_tail(b, comment);
}

/* the JSON array of the arguments (args.py parse_args), through the memo */
static int put_args(Buf *b, const char *s, Py_ssize_t n)
{
    if (blank(s, n))
        return PUT(b, "[]");
    int depth = deep_start(s, n), rc = -1;
    Stack st;
    stack_init(&st);
    Py_ssize_t count = split_top(&st, s, n, ',');
    if (count < 0 || PUT(b, "[") < 0)
        goto done;
    for (Py_ssize_t k = 0; k < count; k++) {
        Span p = st.v[k];
        Memo *m = NULL;
        if (k && PUT(b, ",") < 0)
            goto done;
        if (depth == 0 && p.n <= MEMO_KEY) {
            m = memo_slot(p.s, p.n);
            if (m->key && m->klen == p.n && memcmp(m->key, p.s, p.n) == 0) {
                if (put(b, m->json, m->jlen) < 0)
                    goto done;
                continue;
            }
        }
        Py_ssize_t at = b->n;
        if (put_value(b, &st, p.s, p.n, depth, NULL, NULL) < 0)
            goto done;
        Py_ssize_t jlen = b->n - at;
        if (m && jlen <= MEMO_JSON) {
            char *mem = PyMem_Realloc(m->key, p.n + jlen);
            if (mem) {
                memcpy(mem, p.s, p.n);
                memcpy(mem + p.n, b->s + at, jlen);
                m->key = mem;
                m->json = mem + p.n;
                m->klen = p.n;
                m->jlen = jlen;
            }
        }
    }
    rc = PUT(b, "]");
done:
    stack_free(&st);
    return rc;
}

/* jsonl.event_dict() of a returned call, written out */
/* a -T duration's JSON (the repr of seconds()), remembered: durations repeat */
#define DUR_SLOTS 2048
static struct {
    char text[24], json[32];
    unsigned char tlen, jlen;
} dur_memo[DUR_SLOTS];

static int put_duration(Buf *b, const char *s, Part d)
{
    Py_ssize_t n = d.b - d.a;
    if (d.a < 0 || n > 24)
        return PUT(b, "null");
    unsigned long h = 5381;
    for (Py_ssize_t i = 0; i < n; i++)
        h = h * 33 + (unsigned char)s[d.a + i];
    h %= DUR_SLOTS;
    if (dur_memo[h].tlen == n && n && memcmp(dur_memo[h].text, s + d.a, n) == 0)
        return put(b, dur_memo[h].json, dur_memo[h].jlen);
    PyObject *v = seconds(s, d);
    if (!v)
        return -1;
    Py_ssize_t at = b->n;
    int rc = put_obj(b, v);
    Py_DECREF(v);
    if (rc == 0 && b->n - at <= 32) {
        memcpy(dur_memo[h].text, s + d.a, n);
        dur_memo[h].tlen = n;
        memcpy(dur_memo[h].json, b->s + at, b->n - at);
        dur_memo[h].jlen = b->n - at;
    }
    return rc;
}

/* model.seconds(time): the event's ts, from the time's text t[0:n].  The usual shapes
 * (digits and a point, with HH:MM: before them) are computed here as Python computes
 * them, int * 3600 + int * 60 + float; anything else is handed to that function, the
 * one definition. */
static PyObject *ts_seconds(const char *t, Py_ssize_t n)
{
    static PyObject *fn;
    if (n < 32) {
        long hm = 0;
        const char *num = t;
        if (n >= 6 && t[2] == ':' && t[5] == ':' && is_digit(t[0]) && is_digit(t[1]) &&
            is_digit(t[3]) && is_digit(t[4])) {
            hm = ((t[0] - '0') * 10 + (t[1] - '0')) * 3600 +
                 ((t[3] - '0') * 10 + (t[4] - '0')) * 60;
            num = t + 6;
        }
        Py_ssize_t k = num - t, ndigits = 0, points = 0;
        for (; k < n; k++) {
            if (is_digit(t[k]))
                ndigits++;
            else if (t[k] == '.' && !points)
                points++;
            else
                break;
        }
        if (k == n && ndigits) {
            char buf[40];
            memcpy(buf, num, n - (num - t));
            buf[n - (num - t)] = 0;
            double v = PyOS_string_to_double(buf, NULL, NULL);
            if (v == -1.0 && PyErr_Occurred())
                return NULL;
            return PyFloat_FromDouble((double)hm + v);
        }
    }
    if (!fn) {
        PyObject *model = PyImport_ImportModule("syscope.model");
        if (!model)
            return NULL;
        fn = PyObject_GetAttrString(model, "seconds");
        Py_DECREF(model);
        if (!fn)
            return NULL;
    }
    PyObject *text = ascii_str(t, n);
    PyObject *r = text ? PyObject_CallOneArg(fn, text) : NULL;
    Py_XDECREF(text);
    return r;
}

/* The JSON of ts, repr(model.seconds(time)), from the time's text t[0:n].  repr finds
 * the shortest digits that read back as the float: when the log's own digits (hours and
 * minutes folded in, trailing zeros dropped) are at most 15 and read back as that float,
 * they are those digits, since two decimals of 15 digits or fewer never read as the same
 * double.  That is written without the search; anything else goes through the float. */
static int put_ts(Buf *b, const char *t, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    long long hm = 0;
    if (n >= 6 && t[2] == ':' && t[5] == ':' && is_digit(t[0]) && is_digit(t[1]) &&
        is_digit(t[3]) && is_digit(t[4])) {
        hm = ((t[0] - '0') * 10 + (t[1] - '0')) * 3600 + ((t[3] - '0') * 10 + (t[4] - '0')) * 60;
        i = 6;
    }
    Py_ssize_t ie = digits(t, i, n), fa = ie + 1, fe = fa;
    if (ie < n && t[ie] == '.')
        fe = digits(t, fa, n);
    else
        fa = fe = ie;
    if (ie > i && ie - i <= 15 && fe == n) {
        long long sec = 0, whole, frac = 0, scale = 1;
        for (Py_ssize_t k = i; k < ie; k++)
            sec = sec * 10 + (t[k] - '0');
        Py_ssize_t nf = fe - fa, lead = 0;
        while (nf && t[fa + nf - 1] == '0')   /* trailing zeros say nothing */
            nf--;
        whole = sec + hm;
        /* the digits: whole's, then the fraction's; the zeros that start a number below
         * 1 are not digits, and from 1e-4 down repr has an exponent */
        int nd = (int)nf;
        for (long long w = whole; w; w /= 10)
            nd++;
        if (!whole) {
            while (lead < nf && t[fa + lead] == '0')
                lead++;
            nd -= lead;
        }
        if (nd <= 15 && lead <= 3 && (whole || nf)) {
            for (Py_ssize_t k = fa; k < fa + nf; k++) {
                frac = frac * 10 + (t[k] - '0');
                scale *= 10;
            }
            /* exact integers below 2**53 over an exact power of ten: correctly rounded,
             * as float() reads them */
            double rest = (double)(sec * scale + frac) / (double)scale;
            double value = (double)hm + rest;   /* model.seconds: int + float(rest) */
            if ((double)(whole * scale + frac) / (double)scale == value) {
                if (put_decimal(b, whole) < 0 || PUT(b, ".") < 0)
                    return -1;
                return nf ? put(b, t + fa, nf) : PUT(b, "0");
            }
        }
    }
    PyObject *sec = ts_seconds(t, n);
    if (!sec)
        return -1;
    int rc = put_obj(b, sec);
    Py_DECREF(sec);
    return rc;
}

/* ,"name":...,"nr":... of a call, remembered by name: a log has few names */
#define NAME_SLOTS 1024
#define NAME_KEY 32
#define NAME_JSON 96
static struct {
    char key[NAME_KEY], json[NAME_JSON];
    unsigned char klen, jlen;
} name_memo[NAME_SLOTS];

static int put_name(Buf *b, const char *s, Part p)
{
    Py_ssize_t n = p.a < 0 ? 0 : p.b - p.a;
    unsigned long h = 5381;
    for (Py_ssize_t i = 0; i < n; i++)
        h = h * 33 + (unsigned char)s[p.a + i];
    h %= NAME_SLOTS;
    if (p.a >= 0 && n && name_memo[h].klen == n && memcmp(name_memo[h].key, s + p.a, n) == 0)
        return put(b, name_memo[h].json, name_memo[h].jlen);
    PyObject *name = part_str(s, p);
    if (!name)
        return -1;
    PyObject *nr = PyDict_GetItemWithError(syscall_numbers, name);
    Py_ssize_t at = b->n;
    int rc = -1;
    if ((nr || !PyErr_Occurred()) && PUT(b, ",\"name\":") == 0 && put_obj(b, name) == 0 &&
        PUT(b, ",\"nr\":") == 0 && put_obj(b, nr ? nr : Py_None) == 0)
        rc = 0;
    Py_DECREF(name);
    if (rc == 0 && p.a >= 0 && n && n < NAME_KEY && b->n - at <= NAME_JSON) {
        memcpy(name_memo[h].key, s + p.a, n);
        name_memo[h].klen = n;
        memcpy(name_memo[h].json, b->s + at, b->n - at);
        name_memo[h].jlen = b->n - at;
    }
    return rc;
}

static int put_call(Buf *b, const char *s, Line *L, long long pid, Py_ssize_t lineno)
{
    PyObject *rval = NULL;
    Part errno_, msg, ts = L->ts;
    int rc = -1;
    if (ts.a >= 0) {   /* stripped; empty is None */
        while (ts.a < ts.b && is_space(s[ts.a]))
            ts.a++;
        while (ts.b > ts.a && is_space(s[ts.b - 1]))
            ts.b--;
        if (ts.a == ts.b)
            ts = NONE;
    }
    if (return_value(s, L->ret.a, L->ret.b, &rval, &errno_, &msg) < 0)
        goto done;
    if (PUT(b, "{\"v\":1,\"type\":\"syscall\",\"pid\":") < 0 ||
        (pid ? put_decimal(b, pid) : PUT(b, "null")) < 0 ||
        PUT(b, ",\"time\":") < 0 || put_part(b, s, ts) < 0 ||
        PUT(b, ",\"ts\":") < 0 || (ts.a < 0 ? PUT(b, "null") : put_ts(b, s + ts.a, ts.b - ts.a)) < 0 ||
        put_name(b, s, L->name) < 0 ||
        PUT(b, ",\"args\":") < 0 || put_args(b, s + L->args.a, L->args.b - L->args.a) < 0 ||
        PUT(b, ",\"args_text\":") < 0 || put_part(b, s, L->args) < 0 ||
        PUT(b, ",\"ret\":") < 0 || put_obj(b, rval) < 0 ||
        PUT(b, ",\"ret_text\":") < 0 || put_part(b, s, L->ret) < 0 ||
        PUT(b, ",\"errno\":") < 0 || put_part(b, s, errno_) < 0 ||
        PUT(b, ",\"error\":") < 0 || put_part(b, s, msg) < 0 ||
        PUT(b, ",\"duration\":") < 0 || put_duration(b, s, L->dur) < 0 ||
        PUT(b, ",\"unfinished\":false,\"resumed\":false,\"line\":") < 0 ||
        put_decimal(b, lineno) < 0 || PUT(b, "}\n") < 0)
        goto done;
    rc = 0;
done:
    Py_XDECREF(rval);
    return rc;
}

/* json_calls(block, pos, lineno, default_pid, alias, names, statuses) -> (data, pos, lineno):
 * read --json's lines for the returned calls from pos on, as ASCII bytes, up to the
 * first line that is something else (left to the Python reader: it joins entries and
 * resumes) or about JSON_CHUNK bytes of them (a bounded buffer, reused: no fresh pages
 * to fault in).  names is the set of syscalls kept (None: all), statuses the -e status=
 * set (None: all). */
#define JSON_CHUNK (256 << 10)
static Buf json_out;

/* json_calls' buffer, kept for the next call unless a huge line made it huge */
static void keep_buffer(Buf *out)
{
    if (out->cap > 16 * JSON_CHUNK) {
        PyMem_Free(out->s);
        out->s = NULL;
        out->cap = 0;
    }
    out->n = 0;
    json_out = *out;
}

static PyObject *m_json_calls(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer buf;
    Py_ssize_t pos, lineno, len;
    long long pid;
    if (parse_block_args(&pos, &lineno, &pid, &buf, args, nargs, 7) < 0)
        return NULL;
    long long alias = PyLong_AsLongLong(args[4]);
    PyObject *names = args[5], *statuses = args[6];
    PyObject *status[2] = {NULL, NULL};   /* "successful", "failed" */
    Buf out = json_out;   /* kept between calls: no regrowing */
    out.n = 0;
    const char *blk = buf.buf;
    if ((alias == -1 && PyErr_Occurred()) || !types_known())
        goto fail;
    if (statuses != Py_None) {
        status[0] = PyUnicode_InternFromString("successful");
        status[1] = PyUnicode_InternFromString("failed");
        if (!status[0] || !status[1])
            goto fail;
    }
    while (pos < buf.len && out.n < JSON_CHUNK) {
        Py_ssize_t next = next_line(blk, pos, buf.len, &len);
        const char *s = blk + pos;
        Line L;
        split_line(s, len, &L);
        if (L.kind != L_CALL)
            break;
        /* a socket address gets its sockaddr fields from the Python side (sockaddr.py) */
        if (L.args.a >= 0 && memmem(s + L.args.a, L.args.b - L.args.a, "sa_family=", 10))
            break;
        long long p = pid;
        if (L.pid.a >= 0 && L.pid.b - L.pid.a <= 10) {
            p = 0;
            for (Py_ssize_t k = L.pid.a; k < L.pid.b; k++)
                p = p * 10 + (s[k] - '0');
        }
        if (p == 0 && alias)
            p = alias;
        lineno++;
        pos = next;
        if (names != Py_None) {
            PyObject *name = part_str(s, L.name);
            int keep = name ? PySet_Contains(names, name) : -1;
            Py_XDECREF(name);
            if (keep < 0)
                goto fail;
            if (!keep)
                continue;
        }
        if (statuses != Py_None) {
            /* Syscall.failed: an errno, or a restarted call */
            PyObject *rv;
            Part e, m;
            if (return_value(s, L.ret.a, L.ret.b, &rv, &e, &m) < 0)
                goto fail;
            Py_DECREF(rv);
            int failed = e.a >= 0 || starts(s + L.ret.a, L.ret.b - L.ret.a, "? ERESTART");
            int keep = PySet_Contains(statuses, status[failed]);
            if (keep < 0)
                goto fail;
            if (!keep)
                continue;
        }
        if (put_call(&out, s, &L, p, lineno) < 0)
            goto fail;
    }
    PyBuffer_Release(&buf);
    Py_XDECREF(status[0]);
    Py_XDECREF(status[1]);
    PyObject *data = PyBytes_FromStringAndSize(out.s, out.n);
    keep_buffer(&out);
    return data ? Py_BuildValue("(Nnn)", data, pos, lineno) : NULL;
fail:
    PyBuffer_Release(&buf);
    Py_XDECREF(status[0]);
    Py_XDECREF(status[1]);
    keep_buffer(&out);
    return NULL;
}

/* syscall_json(ev) -> bytes or None: eventjson.event_dict(ev)'s JSON line for a Syscall
 * of the Python reader (a call joined from its entry and resume lines, or an unfinished
 * one), written as json_calls writes its calls; None for what it leaves to Python:
 * text beyond ASCII, socket addresses (sockaddr.py), values of other types. */
#define EVENT_FIELDS(X) X(pid) X(time) X(name) X(args_text) X(rval) X(ret_text) X(errno) \
    X(error) X(duration) X(unfinished) X(resumed) X(line)
enum {
#define ENUM(k) F_##k,
    EVENT_FIELDS(ENUM) N_EVENT_FIELDS
};

static int ascii_or_none(PyObject *o)
{
    return o == Py_None || (PyUnicode_CheckExact(o) && PyUnicode_IS_ASCII(o));
}

static int put_int_or_null(Buf *b, PyObject *o)   /* `x or None` of an int */
{
    return PyObject_IsTrue(o) ? put_int(b, o) : PUT(b, "null");
}

static PyObject *m_syscall_json(PyObject *self, PyObject *ev)
{
    static PyObject *names[N_EVENT_FIELDS];
    static const char *spelled[] = {
#define NAME(k) #k,
        EVENT_FIELDS(NAME)
    };
    PyObject *f[N_EVENT_FIELDS] = {NULL};
    PyObject *r = NULL;
    Buf out = {NULL, 0, 0};
    if (!types_known())
        return NULL;
    for (int k = 0; k < N_EVENT_FIELDS; k++) {
        if (!names[k] && !(names[k] = PyUnicode_InternFromString(spelled[k])))
            goto done;
        if (!(f[k] = PyObject_GetAttr(ev, names[k])))
            goto done;
    }
    PyObject *text = f[F_args_text], *t = f[F_time], *name = f[F_name];
    if (!PyLong_CheckExact(f[F_pid]) || !PyLong_CheckExact(f[F_line]) ||
        !PyUnicode_CheckExact(name) || !PyUnicode_IS_ASCII(name) || !PyUnicode_GET_LENGTH(name) ||
        !PyUnicode_CheckExact(text) || !PyUnicode_IS_ASCII(text) ||
        memmem(TEXT(text), PyUnicode_GET_LENGTH(text), "sa_family=", 10) ||
        !ascii_or_none(t) || !ascii_or_none(f[F_ret_text]) || !ascii_or_none(f[F_errno]) ||
        !ascii_or_none(f[F_error]) || !(f[F_rval] == Py_None || PyLong_CheckExact(f[F_rval])) ||
        !(f[F_duration] == Py_None || PyFloat_CheckExact(f[F_duration])) ||
        !PyBool_Check(f[F_unfinished]) || !PyBool_Check(f[F_resumed])) {
        Py_INCREF(Py_None);
        r = Py_None;
        goto done;
    }
    Part whole = {0, PyUnicode_GET_LENGTH(name)};
    if (PUT(&out, "{\"v\":1,\"type\":\"syscall\",\"pid\":") < 0 ||
        put_int_or_null(&out, f[F_pid]) < 0 || PUT(&out, ",\"time\":") < 0 || put_obj(&out, t) < 0 ||
        PUT(&out, ",\"ts\":") < 0 ||
        (t == Py_None ? PUT(&out, "null") : put_ts(&out, TEXT(t), PyUnicode_GET_LENGTH(t))) < 0 ||
        put_name(&out, TEXT(name), whole) < 0 ||
        PUT(&out, ",\"args\":") < 0 || put_args(&out, TEXT(text), PyUnicode_GET_LENGTH(text)) < 0 ||
        PUT(&out, ",\"args_text\":") < 0 || put_str(&out, text) < 0 ||
        PUT(&out, ",\"ret\":") < 0 || put_obj(&out, f[F_rval]) < 0 ||
        PUT(&out, ",\"ret_text\":") < 0 || put_obj(&out, f[F_ret_text]) < 0 ||
        PUT(&out, ",\"errno\":") < 0 || put_obj(&out, f[F_errno]) < 0 ||
        PUT(&out, ",\"error\":") < 0 || put_obj(&out, f[F_error]) < 0 ||
        PUT(&out, ",\"duration\":") < 0 || put_obj(&out, f[F_duration]) < 0 ||
        PUT(&out, ",\"unfinished\":") < 0 || put_obj(&out, f[F_unfinished]) < 0 ||
        PUT(&out, ",\"resumed\":") < 0 || put_obj(&out, f[F_resumed]) < 0 ||
        PUT(&out, ",\"line\":") < 0 || put_int_or_null(&out, f[F_line]) < 0 || PUT(&out, "}\n") < 0)
        goto done;
    r = PyBytes_FromStringAndSize(out.s, out.n);
done:
    for (int k = 0; k < N_EVENT_FIELDS; k++)
        Py_XDECREF(f[k]);
    PyMem_Free(out.s);
    return r;
}

/* dumps(obj) for the values of an event dict: json.JSONEncoder(separators=(",", ":")) */
static PyObject *m_dumps(PyObject *self, PyObject *obj)
{
    Buf out = {NULL, 0, 0};
    if (put_obj(&out, obj) < 0) {
        PyMem_Free(out.s);
        return NULL;
    }
    PyObject *text = PyUnicode_New(out.n, 127);
    if (text && out.n)
        memcpy(PyUnicode_1BYTE_DATA(text), out.s, out.n);
    PyMem_Free(out.s);
    return text;
}

static PyObject *m_setup_events(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 6 || !PyType_Check(args[0]) || !PyTuple_Check(args[1]) ||
        PyTuple_GET_SIZE(args[1]) != N_FIELDS || !PyTuple_Check(args[2]) ||
        !PyDict_Check(args[5])) {
        PyErr_SetString(PyExc_TypeError,
                        "setup_events(Syscall, slots, rest, Record, parse_line, numbers)");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < N_FIELDS; k++)
        if (!Py_TYPE(PyTuple_GET_ITEM(args[1], k))->tp_descr_set) {
            PyErr_SetString(PyExc_TypeError, "slots are data descriptors");
            return NULL;
        }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(args[2]); k++) {
        PyObject *pair = PyTuple_GET_ITEM(args[2], k);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 ||
            !Py_TYPE(PyTuple_GET_ITEM(pair, 0))->tp_descr_set) {
            PyErr_SetString(PyExc_TypeError, "rest is ((descriptor, default), ...)");
            return NULL;
        }
    }
    PyObject **keep[] = {(PyObject **)&SyscallType, &syscall_slots, &syscall_rest, &RecordType,
                         &py_parse_line, &syscall_numbers};
    for (int k = 0; k < 6; k++) {
        Py_INCREF(args[k]);
        Py_XSETREF(*keep[k], args[k]);
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"setup_args", (PyCFunction)(void (*)(void))m_setup_args, METH_FASTCALL,
     "setup_args(parse_args, parse_value, parse_arg, split_top, TYPES): args.py's"},
    {"setup_events", (PyCFunction)(void (*)(void))m_setup_events, METH_FASTCALL,
     "setup_events(Syscall, slots, rest, Record, parse_line, numbers)"},
    {"parse_args", m_parse_args, METH_O, "args.parse_args at compiled speed"},
    {"parse_value", (PyCFunction)(void (*)(void))m_parse_value, METH_FASTCALL,
     "args.parse_value at compiled speed"},
    {"parse_arg", (PyCFunction)(void (*)(void))m_parse_arg, METH_FASTCALL,
     "parse_arg(text, i): parse_args(text)[i] alone, None past the end"},
    {"split_top", (PyCFunction)(void (*)(void))m_split_top, METH_FASTCALL,
     "args.split_top at compiled speed"},
    {"items", (PyCFunction)(void (*)(void))m_items, METH_FASTCALL,
     "items(block, pos, lineno, default_pid, source, max_lines) -> (items, pos, lineno)"},
    {"sieved", (PyCFunction)(void (*)(void))m_sieved, METH_FASTCALL,
     "sieved(block, pos, lineno, default_pid, source, cache, decide, seen, Skipped)"
     " -> (items, pos, lineno)"},
    {"count_unparsed", (PyCFunction)(void (*)(void))m_count_unparsed, METH_FASTCALL,
     "count_unparsed(block, default_pid) -> the number of lines not strace output"},
    {"json_calls", (PyCFunction)(void (*)(void))m_json_calls, METH_FASTCALL,
     "json_calls(block, pos, lineno, default_pid, alias, names, statuses) -> (data, pos, lineno)"},
    {"dumps", m_dumps, METH_O, "JSON text of dicts, lists, str, int, float, bool, None"},
    {"syscall_json", m_syscall_json, METH_O,
     "syscall_json(ev) -> the JSON line of a Syscall as bytes, or None: left to Python"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_logparse", NULL, -1, methods};

PyMODINIT_FUNC PyInit__logparse(void)
{
#define INTERN(k) if (!(S_##k = PyUnicode_InternFromString(#k))) return NULL;
    KEYS(INTERN)
    if (!(S_underscore = PyUnicode_InternFromString("_")))
        return NULL;
    for (int k = 1; k < 9; k++)
        if (!(S_kind[k] = PyUnicode_InternFromString(KIND_NAMES[k])))
            return NULL;
    Py_INCREF(Py_None);
    S_kind[0] = Py_None;
    return PyModule_Create(&module);
}
