/*
 * The compiled renderer, part of syscope._ptrace (included by _ptrace.c).
 *
 * It prints the syscalls whose decoders are declarative signatures, at compiled
 * speed, straight into the output stream while the tracee runs on.  It knows no
 * syscall and no constant by itself: Python compiles every signature into a small
 * program of typed operations (engine/render.py) and hands over the constant tables
 * of abi/, so each decoder and each table keeps one source.  Everything else (the
 * irregular decoders, events, signals) is written by Python into the same stream,
 * whose state (which tracee's line is open, its column) lives here.
 */

/* ---- a growable byte buffer ---------------------------------------------- */

struct sbuf { char *p; size_t len, cap; };

static int
sb_grow(struct sbuf *b, size_t extra)
{
    if (b->len + extra <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + extra)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

static void
sb_put(struct sbuf *b, const char *s, size_t n)
{
    if (sb_grow(b, n) == 0) {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
}

static void sb_puts(struct sbuf *b, const char *s) { sb_put(b, s, strlen(s)); }

/* Numbers without vfprintf: they are most of what the renderer prints, and parsing a
 * format costs more than converting the number.  width > 0 pads on the left, width < 0
 * on the right, as printf's "%5d" and "%-5d". */
static void
sb_num(struct sbuf *b, unsigned long long v, int negative, int hex, int width)
{
    char tmp[32], *end = tmp + sizeof(tmp), *p = end;
    do {
        *--p = "0123456789abcdef"[hex ? (v & 15) : (v % 10)];
        v = hex ? v >> 4 : v / 10;
    } while (v);
    if (hex) {
        *--p = 'x';
        *--p = '0';
    }
    if (negative)
        *--p = '-';
    int n = (int)(end - p);
    static const char spaces[] = "                ";
    if (width > n)
        sb_put(b, spaces, (size_t)(width - n));
    sb_put(b, p, (size_t)n);
    if (-width > n)
        sb_put(b, spaces, (size_t)(-width - n));
}

static void sb_udec(struct sbuf *b, unsigned long long v) { sb_num(b, v, 0, 0, 0); }
static void sb_hex(struct sbuf *b, unsigned long long v) { sb_num(b, v, 0, 1, 0); }

static void
sb_sdec_width(struct sbuf *b, long long v, int width)
{
    if (v < 0)
        sb_num(b, 0ULL - (unsigned long long)v, 1, 0, width);
    else
        sb_num(b, (unsigned long long)v, 0, 0, width);
}

static void sb_sdec(struct sbuf *b, long long v) { sb_sdec_width(b, v, 0); }

/* v in at least width digits, leading zeros as printf's "%0*llu" */
static void
sb_zeropad(struct sbuf *b, unsigned long long v, int width)
{
    static const char zeros[] = "0000000000000000";
    int n = 1;
    for (unsigned long long t = v; t >= 10; t /= 10)
        n++;
    if (width > n)
        sb_put(b, zeros, (size_t)(width - n));
    sb_udec(b, v);
}

static void
sb_printf(struct sbuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (n > 0)
        sb_put(b, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

/* "0x1f", or "0" for zero (strace's address format, C's %#llx) */
static void sb_hexaddr(struct sbuf *b, unsigned long long v)
{
    if (v)
        sb_hex(b, v);
    else
        sb_put(b, "0", 1);
}

/* "0x1f", or "NULL" for zero (a pointer) */
static void put_ptr(struct sbuf *b, unsigned long long v)
{
    if (v)
        sb_hex(b, v);
    else
        sb_puts(b, "NULL");
}

/* the comment after a value no table names (strace's X_??? default) */
static void put_comment(struct sbuf *b, const char *comment)
{
    if (comment) {
        sb_puts(b, " /* ");
        sb_puts(b, comment);
        sb_puts(b, " */");
    }
}

/* ---- constant tables (from abi/ via Python) -------------------------------- */

struct xent { long long value; char *name; };
struct xtab { int n; struct xent *e; };
#define MAX_TABLES 512
static struct xtab tables[MAX_TABLES];

static const char *
xt_lookup(int id, long long v)
{
    if (id < 0 || id >= MAX_TABLES)
        return NULL;
    const struct xtab *t = &tables[id];
    for (int i = 0; i < t->n; i++)
        if (t->e[i].value == v)
            return t->e[i].name;
    return NULL;
}

/* NAME|NAME|0x..., names taken in table order (strace's printflags); a value with no
 * named bit is the number, with the comment when there is one */
static void
xt_flags(struct sbuf *b, int id, unsigned long long v, const char *zero, const char *comment)
{
    if (v == 0) {
        sb_puts(b, zero ? zero : "0");
        return;
    }
    const struct xtab *t = &tables[id];
    unsigned long long rest = v;
    int first = 1;
    for (int i = 0; t && i < t->n && rest; i++) {
        unsigned long long bit = (unsigned long long)t->e[i].value;
        if (bit && (rest & bit) == bit) {
            if (!first)
                sb_put(b, "|", 1);
            sb_puts(b, t->e[i].name);
            first = 0;
            rest &= ~bit;
        }
    }
    if (first) {
        sb_hex(b, v);
        put_comment(b, comment);
        return;
    }
    if (rest)
        sb_printf(b, "|0x%llx", rest);
}

/* table id, its old entries freed and room made for n new ones; NULL with an exception
 * set for an id out of range or no memory */
static struct xtab *
emptied_table(int id, Py_ssize_t n)
{
    if (id < 0 || id >= MAX_TABLES) {
        PyErr_SetString(PyExc_ValueError, "table id out of range");
        return NULL;
    }
    struct xtab *t = &tables[id];
    for (int i = 0; i < t->n; i++)
        free(t->e[i].name);
    free(t->e);
    t->n = 0;
    t->e = calloc(n ? n : 1, sizeof(struct xent));
    if (!t->e) {
        PyErr_NoMemory();
        return NULL;
    }
    return t;
}

/* set_table_text(id, text): the table from its text, "NAME value" lines (abi's form),
 * the value after the line's last space; parsed here, no Python objects per entry */
static PyObject *
py_set_table_text(PyObject *self, PyObject *args)
{
    int id;
    const char *text;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "is#", &id, &text, &len))
        return NULL;
    Py_ssize_t lines = len ? 1 : 0;
    for (Py_ssize_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    struct xtab *t = emptied_table(id, lines);
    if (!t)
        return NULL;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', end - p);
        const char *eol = nl ? nl : end;
        const char *sp = eol;
        while (sp > p && sp[-1] != ' ')
            sp--;
        if (sp == p) {
            PyErr_SetString(PyExc_ValueError, "table line without a value");
            return NULL;
        }
        char *name = strndup(p, sp - 1 - p);
        if (!name)
            return PyErr_NoMemory();
        t->e[t->n].name = name;
        t->e[t->n].value = strtoll(sp, NULL, 10);
        t->n++;
        p = eol + 1;
    }
    Py_RETURN_NONE;
}

/* ---- errno names and messages ---------------------------------------------- */

#define MAX_ERRNO 4096
static char *errno_text[MAX_ERRNO];   /* what follows "= " for -errno, complete */

/* set_errno_texts(text): "n text" lines, each errno's text */
static PyObject *
py_set_errno_texts(PyObject *self, PyObject *args)
{
    const char *text;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "s#", &text, &len))
        return NULL;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', end - p);
        const char *eol = nl ? nl : end;
        char *after;
        long n = strtol(p, &after, 10);
        if (after < eol && *after == ' ' && n > 0 && n < MAX_ERRNO) {
            free(errno_text[n]);
            errno_text[n] = strndup(after + 1, eol - after - 1);
        }
        p = eol + 1;
    }
    Py_RETURN_NONE;
}

/* ---- programs: one per syscall --------------------------------------------- */

enum {
    OP_D = 1, OP_U, OP_LD, OP_LU, OP_HEX, OP_PTR, OP_ID, OP_MODE, OP_FD, OP_DIRFD,
    OP_FLAGS, OP_XLAT, OP_XLAT_FLAGS, OP_OPEN_MODE, OP_PATH, OP_STR, OP_BUF, OP_STAT,
    OP_STATX, OP_DENTS64, OP_STRUCT, OP_SIGSET, OP_SIGACTION, OP_LITERAL,
    OP_RLIMIT, OP_FDPAIR, OP_WSTATUS, OP_RUSAGE, OP_OUT_OR_PYTHON, OP_ARGV, OP_ENVP,
    OP_CWDBUF, OP_FRAME_MASK,
};
/* how a value is looked up or printed */
enum { V_U32, V_S32, V_U64 };
/* OP_BUF variants */
enum { BUF_ARG = 1, BUF_RET = 2, BUF_HEX = 4, BUF_FAIL_ADDR = 8, BUF_NULL_ADDR = 16,
       BUF_XATTR = 32 /* an xattr value: no trailing NUL, its address above the size
                       * a value may have (ropt.xattr_size_max) */ };

struct op {
    unsigned char code, arg, lookup, print;
    short table, table2, table3;
    int param;               /* BUF: length argument; XLAT_FLAGS: mask; OPEN_MODE: flags arg */
    int bufkind;
    char *zero, *comment;    /* FLAGS: text for 0; XLAT: comment after an unknown value */
};

#define MAX_OPS 6
/* RET_NOTE: "0x1 (flags FD_CLOEXEC)", or 0; RET_NOTE_ALWAYS: "0 (flags O_RDONLY)" too */
enum { RET_D = 1, RET_FD, RET_HEX, RET_U, RET_OCT, RET_NONE, RET_NOTE, RET_NOTE_ALWAYS };
struct prog {
    int mode;                /* 0: not here; 1: rendered; 2: traced by nobody (silent);
                              * 3: counted only (-c) */
    char name[40];
    int nentry, nexit, ret;
    int handoff;             /* an exit operation may leave the exit to Python */
    int wakes;               /* Python's in a quiet thread (execve ends the quiet) */
    struct op entry[MAX_OPS], exit[MAX_OPS];
    struct op note;          /* RET_NOTE*: how the returned value is named */
    /* variants: the program depends on the value of argument selector (fcntl's command);
     * a value without one is not printed here */
    int selector, nvariants;
    struct { long long value; struct prog *prog; } *variants;
};
static struct prog progs[MAX_NR];

/* the program for this call: the syscall's, its variant for the selector's value, or NULL */
static const struct prog *
pick_prog(long nr, const unsigned long long *a)
{
    const struct prog *p = &progs[nr];
    if (!p->nvariants)
        return p->mode ? p : NULL;
    long long v = (long long)(a[p->selector] & 0xffffffffULL);
    for (int i = 0; i < p->nvariants; i++)
        if (p->variants[i].value == v)
            return p->variants[i].prog;
    return NULL;
}

/* options that change how values print */
static struct {
    int max_strlen, xflag;
    int decode_fds;                              /* -y: descriptors with their paths */
    int mode_types, statx_mask, statx_attrs;     /* table ids */
    int mode_bits;                               /* S_ISUID...: table id */
    unsigned long long statx_size_bit, statx_mode_bits;
    unsigned long long xattr_size_max;
} ropt = { 32, 0, 0, -1, -1, -1, -1, 0, 0, 65536 };

static void
free_op(struct op *o)
{
    free(o->zero);
    free(o->comment);
    o->zero = o->comment = NULL;
}

static int
parse_ops(PyObject *list, struct op *ops, int *count)
{
    Py_ssize_t n = PyTuple_Size(list);
    if (n > MAX_OPS) {
        PyErr_SetString(PyExc_ValueError, "too many operations");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int code, arg, lookup, print, table, table2, table3, param, bufkind;
        const char *zero, *comment;
        if (!PyArg_ParseTuple(PyTuple_GetItem(list, i), "iiiiiiiiizz", &code, &arg, &lookup,
                              &print, &table, &table2, &table3, &param, &bufkind, &zero,
                              &comment))
            return -1;
        struct op *o = &ops[i];
        free_op(o);
        o->code = code; o->arg = arg; o->lookup = lookup; o->print = print;
        o->table = table; o->table2 = table2; o->table3 = table3;
        o->param = param; o->bufkind = bufkind;
        o->zero = zero ? strdup(zero) : NULL;
        o->comment = comment ? strdup(comment) : NULL;
    }
    *count = (int)n;
    return 0;
}

static void
clear_variants(struct prog *p)
{
    for (int i = 0; i < p->nvariants; i++)
        free(p->variants[i].prog);
    free(p->variants);
    p->variants = NULL;
    p->nvariants = 0;
}

static int
fill_prog(struct prog *p, int mode, const char *name, PyObject *entry, PyObject *exitops,
          int ret, PyObject *note)
{
    p->mode = p->wakes = 0;
    snprintf(p->name, sizeof(p->name), "%s", name);
    if (parse_ops(entry, p->entry, &p->nentry) < 0 || parse_ops(exitops, p->exit, &p->nexit) < 0)
        return -1;
    int n;
    if (note != Py_None && parse_ops(note, &p->note, &n) < 0)
        return -1;
    p->ret = ret;
    p->handoff = 0;
    for (int i = 0; i < p->nexit; i++)
        if (p->exit[i].code == OP_OUT_OR_PYTHON || p->exit[i].code == OP_WSTATUS)
            p->handoff = 1;
    p->mode = mode;
    return 0;
}

/* set_program(nr, mode, name, entry_ops, exit_ops, ret, note_op | None) */
static PyObject *
py_set_program(PyObject *self, PyObject *args)
{
    int nr, mode, ret;
    const char *name;
    PyObject *entry, *exitops, *note;
    if (!PyArg_ParseTuple(args, "iisO!O!iO", &nr, &mode, &name, &PyTuple_Type, &entry,
                          &PyTuple_Type, &exitops, &ret, &note))
        return NULL;
    if (nr < 0 || nr >= MAX_NR)
        Py_RETURN_NONE;
    struct prog *p = &progs[nr];
    clear_variants(p);
    if (fill_prog(p, mode, name, entry, exitops, ret, note) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* set_wakes(nr): a quiet thread's call of syscall nr goes to Python */
static PyObject *
py_set_wakes(PyObject *self, PyObject *args)
{
    int nr;
    if (!PyArg_ParseTuple(args, "i", &nr))
        return NULL;
    if (nr >= 0 && nr < MAX_NR)
        progs[nr].wakes = 1;
    Py_RETURN_NONE;
}

/* add_variant(nr, selector, value, entry_ops, exit_ops, ret, note_op | None): the
 * program of syscall nr when argument selector has value */
static PyObject *
py_add_variant(PyObject *self, PyObject *args)
{
    int nr, selector, ret;
    long long value;
    PyObject *entry, *exitops, *note;
    if (!PyArg_ParseTuple(args, "iiLO!O!iO", &nr, &selector, &value, &PyTuple_Type, &entry,
                          &PyTuple_Type, &exitops, &ret, &note))
        return NULL;
    if (nr < 0 || nr >= MAX_NR || selector < 0 || selector > 5)
        Py_RETURN_NONE;
    struct prog *p = &progs[nr];
    struct prog *v = calloc(1, sizeof(*v));
    void *grown = realloc(p->variants, (p->nvariants + 1) * sizeof(*p->variants));
    if (!v || !grown) {
        free(v);
        return PyErr_NoMemory();
    }
    p->variants = grown;
    if (fill_prog(v, 1, p->name, entry, exitops, ret, note) < 0) {
        free(v);
        return NULL;
    }
    p->selector = selector;
    p->variants[p->nvariants].value = value;
    p->variants[p->nvariants].prog = v;
    p->nvariants++;
    Py_RETURN_NONE;
}

/* set_render_options(max_strlen, xflag, decode_fds, mode_types, mode_bits, statx_mask,
 *                    statx_attrs, statx_size_bit, statx_mode_bits, xattr_size_max) */
static PyObject *
py_set_render_options(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "iiiiiiiKKK", &ropt.max_strlen, &ropt.xflag, &ropt.decode_fds,
                          &ropt.mode_types, &ropt.mode_bits, &ropt.statx_mask,
                          &ropt.statx_attrs, &ropt.statx_size_bit, &ropt.statx_mode_bits,
                          &ropt.xattr_size_max))
        return NULL;
    Py_RETURN_NONE;
}

/* ---- strings: strace's quoting --------------------------------------------- */

/* whether a string prints in hex: -xx, or -x and a byte neither printable nor space */
static int
quote_in_hex(const unsigned char *s, size_t n, int force_hex, int xflag)
{
    if (force_hex || xflag == 2)
        return 1;
    if (xflag == 1)
        for (size_t i = 0; i < n; i++)
            if (s[i] > 0x7e || (s[i] < 0x20 && !(s[i] >= 9 && s[i] <= 13)))
                return 1;
    return 0;
}

/* escape: characters printed in octal besides the unprintable ones (-y's "<>") */
static void
quote_x(struct sbuf *b, const unsigned char *s, size_t n, int force_hex, int xflag,
        const char *escape)
{
    int hex = quote_in_hex(s, n, force_hex, xflag);
    if (sb_grow(b, 4 * n + 2) < 0)
        return;
    char *o = b->p + b->len;
    *o++ = '"';
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (hex) {
            *o++ = '\\'; *o++ = 'x'; *o++ = digits[c >> 4]; *o++ = digits[c & 15];
            continue;
        }
        switch (c) {
        case '"': *o++ = '\\'; *o++ = '"'; continue;
        case '\\': *o++ = '\\'; *o++ = '\\'; continue;
        case '\f': *o++ = '\\'; *o++ = 'f'; continue;
        case '\n': *o++ = '\\'; *o++ = 'n'; continue;
        case '\r': *o++ = '\\'; *o++ = 'r'; continue;
        case '\t': *o++ = '\\'; *o++ = 't'; continue;
        case '\v': *o++ = '\\'; *o++ = 'v'; continue;
        }
        if (c >= 0x20 && c <= 0x7e && !(escape && strchr(escape, (int)c))) {
            *o++ = (char)c;
            continue;
        }
        /* octal, padded to three digits when a digit follows */
        *o++ = '\\';
        int pad = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7';
        if (pad || c >= 0100)
            *o++ = (char)('0' + (c >> 6));
        if (pad || c >= 010)
            *o++ = (char)('0' + ((c >> 3) & 7));
        *o++ = (char)('0' + (c & 7));
    }
    *o++ = '"';
    b->len = (size_t)(o - b->p);
}

static void
quote(struct sbuf *b, const unsigned char *s, size_t n, int force_hex)
{
    quote_x(b, s, n, force_hex, ropt.xflag, NULL);
}

/* -y: what a descriptor refers to, as <path>, quoted without -x and without its
 * quotes, '<' and '>' in octal; "(deleted)" after it when the kernel's suffix says so
 * and no file of that very name is the one open (strace compares the inodes) */
static void
put_link(struct sbuf *b, const char *link)
{
    char target[4097];
    ssize_t n = readlink(link, target, sizeof(target) - 1);
    if (n < 0)
        return;
    target[n] = 0;
    int deleted = 0;
    static const char suffix[] = " (deleted)";
    size_t slen = sizeof(suffix) - 1;
    if ((size_t)n > slen + 1 && !memcmp(target + n - slen, suffix, slen)) {
        struct stat st_link, st_path;
        if (stat(link, &st_link) == 0 &&
            (lstat(target, &st_path) != 0 || st_link.st_ino != st_path.st_ino ||
             st_link.st_dev != st_path.st_dev)) {
            n -= (ssize_t)slen;
            deleted = 1;
        }
    }
    struct sbuf q = { NULL, 0, 0 };
    quote_x(&q, (const unsigned char *)target, (size_t)n, 0, 0, "<>");
    sb_put(b, "<", 1);
    if (q.p && q.len >= 2)
        sb_put(b, q.p + 1, q.len - 2);
    free(q.p);
    sb_put(b, ">", 1);
    if (deleted)
        sb_puts(b, "(deleted)");
}

static void
put_fd(struct sbuf *b, pid_t pid, int fd)
{
    sb_sdec(b, fd);
    if (ropt.decode_fds && fd >= 0) {
        char link[64];
        snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, fd);
        put_link(b, link);
    }
}

/* ---- a syscall being printed ---------------------------------------------- */

struct rcall {
    pid_t pid;
    const unsigned long long *a;
    long long rval;
    int error;             /* errno, 0 when it succeeded */
    int exited;
    unsigned long long sp;   /* the stack pointer at entry (a signal frame's place) */
};

static unsigned char scratch[65536 + 8];

/* strace's umovestr of maxlen + 1 bytes into buf (room for maxlen + 1): the length of
 * the string and *terminated when its NUL comes within them; maxlen + 1 (all of them
 * read) when none of them is NUL; -1 when the memory ends before either. */
static long
read_cstr_into(pid_t pid, unsigned long long addr, unsigned char *buf, size_t maxlen,
               int *terminated)
{
    size_t have = 0, cap = maxlen + 1;
    *terminated = 0;
    while (have < cap) {
        unsigned long cur = addr + have;
        size_t chunk = 4096 - (cur & 4095);
        if (chunk > cap - have)
            chunk = cap - have;
        Py_ssize_t n = read_memory(pid, cur, (char *)buf + have, (Py_ssize_t)chunk);
        unsigned char *nul = n > 0 ? memchr(buf + have, 0, (size_t)n) : NULL;
        if (nul) {
            *terminated = 1;
            return (long)(nul - buf);
        }
        if (n < (Py_ssize_t)chunk)
            return -1;
        have += (size_t)n;
    }
    return (long)cap;
}

static void
put_cstr(struct sbuf *b, const struct rcall *c, unsigned long long addr, size_t maxlen)
{
    if (!addr) {
        sb_puts(b, "NULL");
        return;
    }
    int terminated;
    if (maxlen > sizeof(scratch) - 1)
        maxlen = sizeof(scratch) - 1;
    long n = read_cstr_into(c->pid, addr, scratch, maxlen, &terminated);
    if (n < 0) {                 /* it runs into unreadable memory */
        sb_hexaddr(b, addr);
        return;
    }
    quote(b, scratch, terminated ? (size_t)n : maxlen, 0);
    if (!terminated)
        sb_puts(b, "...");
}

/* strace's printstr_ex of a NUL-terminated string with a size of its own (prctl's task
 * name, memfd_create's name): min(size, -s + 1) bytes read and no more, -s of them
 * shown; "..." unless a NUL ends it within what was read (decode.core's sized_str) */
static void
put_sized_str(struct sbuf *b, const struct rcall *c, unsigned long long addr, size_t size)
{
    if (!addr) {
        sb_puts(b, "NULL");
        return;
    }
    size_t limit = (size_t)ropt.max_strlen;
    size_t want = size < limit + 1 ? size : limit + 1;
    if (want > sizeof(scratch) - 1)
        want = sizeof(scratch) - 1;
    if (!want) {
        sb_puts(b, "\"\"");
        return;
    }
    int terminated;
    long n = read_cstr_into(c->pid, addr, scratch, want - 1, &terminated);
    if (n < 0) {
        sb_hexaddr(b, addr);
        return;
    }
    quote(b, scratch, terminated ? (size_t)n : (want < limit ? want : limit), 0);
    if (!terminated)
        sb_puts(b, "...");
}

/* strace's printstr: a buffer of known length, cut at -s; one byte more than printed
 * must be readable (strace reads it to see whether the text goes on) */
static void
put_buf(struct sbuf *b, const struct rcall *c, unsigned long long addr, unsigned long long len,
        int force_hex, int omit_nul)
{
    if (!addr) {
        sb_puts(b, "NULL");
        return;
    }
    size_t limit = (size_t)ropt.max_strlen;
    size_t want = len < limit + 1 ? (size_t)len : limit + 1;
    if (want > sizeof(scratch))
        want = sizeof(scratch);
    Py_ssize_t n = want ? read_memory(c->pid, addr, (char *)scratch, (Py_ssize_t)want) : 0;
    if (want && (size_t)n < want) {
        sb_hexaddr(b, addr);
        return;
    }
    size_t shown = want < limit ? want : limit;
    if (omit_nul && shown && !scratch[shown - 1] &&
        !quote_in_hex(scratch, shown, force_hex, ropt.xflag))
        shown--;                 /* a trailing NUL is not printed (xattr values) */
    quote(b, scratch, shown, force_hex);
    if (len > limit)
        sb_puts(b, "...");
}

static void
put_mode_numeric(struct sbuf *b, unsigned v)
{
    if (!v)
        sb_puts(b, "000");
    else {
        char tmp[16];
        int n = snprintf(tmp, sizeof(tmp), "0%o", v);
        for (; n < 3; n++)
            sb_put(b, "0", 1);
        sb_puts(b, tmp);
    }
}

/* S_IFREG|S_ISUID|0755; a type no table names: the whole mode in octal */
static void
put_mode_symbolic(struct sbuf *b, unsigned mode)
{
    unsigned fmt = mode & 0170000;
    const char *type = fmt ? xt_lookup(ropt.mode_types, fmt) : "";
    if (!type) {
        put_mode_numeric(b, mode);
        return;
    }
    sb_puts(b, type);
    if (fmt)
        sb_put(b, "|", 1);
    unsigned special = 0;
    const struct xtab *t = ropt.mode_bits >= 0 ? &tables[ropt.mode_bits] : NULL;
    for (int i = 0; t && i < t->n; i++) {
        special |= (unsigned)t->e[i].value;
        if (mode & (unsigned)t->e[i].value) {
            sb_puts(b, t->e[i].name);
            sb_put(b, "|", 1);
        }
    }
    put_mode_numeric(b, mode & ~(0170000 | special));
}

static void
put_makedev(struct sbuf *b, unsigned long long dev)
{
    /* glibc's major() and minor() are unsigned ints */
    unsigned major = (unsigned)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffULL));
    unsigned minor = (unsigned)((dev & 0xff) | ((dev >> 12) & ~0xffULL));
    sb_puts(b, "makedev(");
    sb_hexaddr(b, major);
    sb_puts(b, ", ");
    sb_hexaddr(b, minor);
    sb_put(b, ")", 1);
}

static long long
lookup_value(const struct op *o, unsigned long long v)
{
    switch (o->lookup) {
    case V_S32: return (int32_t)v;
    case V_U32: return (long long)(v & 0xffffffffULL);
    default: return (long long)v;
    }
}

/* A flat structure: its layout in struct module letters ("<qqi") and a template whose
 * conversions are all %d, both as Python's struct_printer has them. */
static void
put_struct(struct sbuf *b, const struct rcall *c, unsigned long long addr, const char *layout,
           const char *tmpl, int output)
{
    if (output && c->exited && c->error && addr) {
        sb_hexaddr(b, addr);
        return;
    }
    if (!addr) {
        sb_puts(b, "NULL");
        return;
    }
    long long vals[16];
    char kinds[16];          /* 'Q': printed unsigned */
    int nvals = 0;
    size_t size = 0;
    for (const char *l = layout; *l; l++) {
        int width = strchr("qQ", *l) ? 8 : strchr("iI", *l) ? 4 : strchr("hH", *l) ? 2 : 1;
        if (*l == '<')
            continue;
        size += width;
    }
    if (size > 256 || read_memory(c->pid, addr, (char *)scratch, (Py_ssize_t)size) < (Py_ssize_t)size) {
        sb_hexaddr(b, addr);
        return;
    }
    size_t off = 0;
    for (const char *l = layout; *l && nvals < 16; l++) {
        const unsigned char *p = scratch + off;
        kinds[nvals] = *l;
        switch (*l) {
        case 'Q': { int64_t v; memcpy(&v, p, 8); vals[nvals++] = v; off += 8; break; }
        case 'q': { int64_t v; memcpy(&v, p, 8); vals[nvals++] = v; off += 8; break; }
        case 'i': { int32_t v; memcpy(&v, p, 4); vals[nvals++] = v; off += 4; break; }
        case 'I': { uint32_t v; memcpy(&v, p, 4); vals[nvals++] = v; off += 4; break; }
        case 'h': { int16_t v; memcpy(&v, p, 2); vals[nvals++] = v; off += 2; break; }
        case 'H': { uint16_t v; memcpy(&v, p, 2); vals[nvals++] = v; off += 2; break; }
        case 'b': vals[nvals++] = (signed char)*p; off += 1; break;
        case 'B': vals[nvals++] = *p; off += 1; break;
        case 'x': off += 1; break;
        }
    }
    int k = 0;
    for (const char *t = tmpl; *t; t++) {
        if (t[0] == '%' && t[1] == 'd') {
            if (k < nvals && kinds[k] == 'Q')
                sb_udec(b, (unsigned long long)vals[k]);
            else if (k < nvals)
                sb_sdec(b, (long long)vals[k]);
            k++;
            t++;
        } else
            sb_put(b, t, 1);
    }
}

/* [INT QUIT], or ~[KILL STOP] when two thirds or more are set; names from table
 * signals without their SIG prefix */
static void
put_sigmask(struct sbuf *b, const unsigned char *data, size_t len, int signals)
{
    size_t words = ((len < 8 ? len : 8) + 3) / 4;
    unsigned char tmp[8] = { 0 };
    memcpy(tmp, data, len < words * 4 ? len : words * 4);
    unsigned long long mask;
    memcpy(&mask, tmp, 8);
    int nbits = (int)words * 32;
    unsigned long long all = nbits == 64 ? ~0ULL : (1ULL << nbits) - 1;
    mask &= all;
    if (__builtin_popcountll(mask) >= nbits * 2 / 3) {
        mask = ~mask & all;
        sb_put(b, "~", 1);
    }
    sb_put(b, "[", 1);
    int first = 1;
    for (int i = 0; i < nbits; i++)
        if (mask >> i & 1) {
            const char *n = xt_lookup(signals, i + 1);
            if (!first)
                sb_put(b, " ", 1);
            first = 0;
            if (n && !strncmp(n, "SIG", 3))
                sb_puts(b, n + 3);
            else
                sb_sdec(b, i + 1);
        }
    sb_put(b, "]", 1);
}

/* Read a structure of size bytes at v into scratch; 0 when NULL or its address was
 * printed instead (a failed call, unreadable memory). */
static int
read_struct(struct sbuf *b, const struct rcall *c, unsigned long long v, size_t size,
            int failed_prints_addr)
{
    if (!v) {
        sb_puts(b, "NULL");
        return 0;
    }
    if ((failed_prints_addr && c->error) ||
        read_memory(c->pid, v, (char *)scratch, (Py_ssize_t)size) < (Py_ssize_t)size) {
        sb_hexaddr(b, v);
        return 0;
    }
    return 1;
}


/* a resource limit: RLIM64_INFINITY, 8192*1024, 100 */
static void
put_rlim(struct sbuf *b, unsigned long long v)
{
    if (v == ~0ULL)
        sb_puts(b, "RLIM64_INFINITY");
    else if (v > 1024 && v % 1024 == 0)
        sb_printf(b, "%llu*1024", v / 1024);
    else
        sb_udec(b, v);
}

/* a signal's name from table signals, or its number */
static void
put_signame(struct sbuf *b, int signals, int sig)
{
    const char *n = xt_lookup(signals, sig);
    if (n)
        sb_puts(b, n);
    else
        sb_sdec(b, sig);
}

/* wait4's status word as strace decodes it; 0 (nothing printed) when it carries a
 * ptrace event, which Python prints */
static int
put_wait_status(struct sbuf *b, unsigned status, int signals)
{
    unsigned low = status & 0x7f, rest;
    if ((status & 0xff) == 0x7f) {
        unsigned sig = (status >> 8) & 0xff;
        sb_puts(b, "[{WIFSTOPPED(s) && WSTOPSIG(s) == ");
        put_signame(b, signals, (int)(sig & 0x7f));
        if (sig & 0x80)
            sb_puts(b, " | 0x80");
        rest = status & ~((sig << 8) | 0x7f);
    } else if (low && low != 0x7f) {
        sb_puts(b, "[{WIFSIGNALED(s) && WTERMSIG(s) == ");
        put_signame(b, signals, (int)low);
        if (status & 0x80)
            sb_puts(b, " && WCOREDUMP(s)");
        rest = status & ~(low | 0x80);
    } else if (low == 0) {
        sb_printf(b, "[{WIFEXITED(s) && WEXITSTATUS(s) == %u", (status >> 8) & 0xff);
        rest = status & ~0xff00u;
    } else if (status == 0xffff) {
        sb_puts(b, "[{WIFCONTINUED(s)");
        rest = 0;
    } else {
        sb_printf(b, "[%#x]", status);
        return 1;
    }
    if (rest >> 16)
        return 0;
    sb_put(b, "}", 1);
    if (rest)
        sb_printf(b, " | %#x", rest);
    sb_put(b, "]", 1);
    return 1;
}

/* the status wait4 stored: only when a child was reaped */
static int
wait_status_printed(const struct rcall *c, unsigned long long v)
{
    return c->rval > 0 && !c->error && v;
}

/* Whether this exit goes to Python: an operation whose value C does not print. */
static int
exit_needs_python(const struct prog *p, const struct rcall *c)
{
    for (int i = 0; i < p->nexit; i++) {
        const struct op *o = &p->exit[i];
        unsigned long long v = c->a[o->arg];
        if (o->code == OP_OUT_OR_PYTHON && !c->error && v)
            return 1;
        if (o->code == OP_WSTATUS && wait_status_printed(c, v)) {
            unsigned status;
            if (read_memory(c->pid, v, (char *)&status, 4) == 4 && (status >> 16))
                return 1;
        }
    }
    return 0;
}


/* The pointers of a NULL-terminated array, up to limit of them, one readable pointer
 * after another; *ended: the NULL was found.  The count read. */
static size_t
read_pointers(pid_t pid, unsigned long long addr, unsigned long long *out, size_t limit,
              int *ended)
{
    size_t n = 0;
    *ended = 0;
    while (n < limit) {
        size_t want = limit - n < 64 ? limit - n : 64;
        unsigned long long chunk[64];
        Py_ssize_t got = read_memory(pid, addr + 8 * n, (char *)chunk, (Py_ssize_t)(8 * want));
        size_t k = got > 0 ? (size_t)got / 8 : 0;
        for (size_t i = 0; i < k; i++) {
            if (!chunk[i]) {
                *ended = 1;
                return n;
            }
            if (out)
                out[n] = chunk[i];
            n++;
        }
        if (k < want)
            break;
    }
    return n;
}

/* execve's argv: ["a", "b"]; abbrev: "..." after -s strings; "..." and the address where
 * the array runs into unreadable memory (decode.process.format_argv) */
static void
put_argv(struct sbuf *b, const struct rcall *c, unsigned long long addr, int abbrev)
{
    if (!addr) {
        sb_puts(b, "NULL");
        return;
    }
    static unsigned long long ptrs[1 << 16];
    size_t limit = (size_t)ropt.max_strlen;
    int ended;
    size_t n = read_pointers(c->pid, addr, ptrs, abbrev && limit < (1 << 16) ? limit + 1
                                                                             : 1 << 16, &ended);
    if (!n && !ended) {
        sb_hexaddr(b, addr);
        return;
    }
    sb_put(b, "[", 1);
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_puts(b, ", ");
        if (abbrev && i >= limit) {
            sb_puts(b, "...");
            break;
        }
        put_cstr(b, c, ptrs[i], limit);
    }
    if (!ended && !(abbrev && n > limit))
        sb_printf(b, ", ... /* 0x%llx */", addr + 8 * n);
    sb_put(b, "]", 1);
}

/* execve's envp, abbreviated: its address and how many variables it holds */
static void
put_envp(struct sbuf *b, const struct rcall *c, unsigned long long addr)
{
    if (!addr) {
        sb_puts(b, "NULL");
        return;
    }
    int ended;
    size_t n = read_pointers(c->pid, addr, NULL, (1 << 20) + 64, &ended);
    if (!n && !ended) {
        sb_hexaddr(b, addr);
        return;
    }
    sb_hexaddr(b, addr);
    sb_printf(b, " /* %zu var%s%s */", n, n == 1 ? "" : "s", ended ? "" : ", unterminated");
}

/* 0: the argument printed nothing (and takes no separator) */
static int
render_op(struct sbuf *b, const struct op *o, const struct rcall *c)
{
    unsigned long long v = c->a[o->arg];
    switch (o->code) {
    case OP_D: sb_sdec(b, (int32_t)v); return 1;
    case OP_U: sb_udec(b, (uint32_t)v); return 1;
    case OP_LD: sb_sdec(b, (long long)v); return 1;
    case OP_LU: sb_udec(b, v); return 1;
    case OP_HEX: sb_hexaddr(b, v); return 1;
    case OP_PTR: put_ptr(b, v); return 1;
    case OP_ID:
        if ((uint32_t)v == 0xffffffffu)
            sb_puts(b, "-1");
        else
            sb_udec(b, (uint32_t)v);
        return 1;
    case OP_MODE: put_mode_numeric(b, (uint16_t)v); return 1;   /* umode_t */
    case OP_FD: put_fd(b, c->pid, (int32_t)v); return 1;
    case OP_DIRFD:
        if ((int32_t)v == -100) {
            sb_puts(b, "AT_FDCWD");
            if (ropt.decode_fds) {
                char link[64];
                snprintf(link, sizeof(link), "/proc/%d/cwd", (int)c->pid);
                put_link(b, link);
            }
        } else
            put_fd(b, c->pid, (int32_t)v);
        return 1;
    case OP_FLAGS:
        xt_flags(b, o->table, o->lookup == V_U64 ? v : (v & 0xffffffffULL), o->zero,
                 o->comment);
        return 1;
    case OP_XLAT: {
        const char *n = xt_lookup(o->table, lookup_value(o, v));
        if (n) {
            sb_puts(b, n);
            return 1;
        }
        if (o->print == V_S32)
            sb_sdec(b, (int32_t)v);
        else
            sb_hexaddr(b, o->print == V_U64 ? v : (v & 0xffffffffULL));
        put_comment(b, o->comment);
        return 1;
    }
    case OP_XLAT_FLAGS: {        /* a field named from one table, the other bits flags;
                                  * bufkind: the field a flag set */
        unsigned long long x = v & 0xffffffffULL, m = (unsigned)o->param;
        const char *n = xt_lookup(o->table, (long long)(x & m));
        if (o->bufkind)          /* split: the masked bits a flag set too */
            xt_flags(b, o->table, x & m, o->zero, NULL);
        else if (n)
            sb_puts(b, n);
        else {
            sb_hexaddr(b, x & m);
            put_comment(b, o->comment);
        }
        if (x & ~m) {
            sb_put(b, "|", 1);
            xt_flags(b, o->table2, x & ~m, NULL, NULL);
        }
        return 1;
    }
    case OP_OPEN_MODE: {         /* only with O_CREAT or __O_TMPFILE (decode/file.py) */
        unsigned fl = (unsigned)c->a[o->param];
        if (!(fl & (0100 | 020000000)))
            return 0;
        put_mode_numeric(b, (uint16_t)v);
        return 1;
    }
    case OP_PATH: put_cstr(b, c, v, 4095); return 1;
    case OP_STR:
        if (o->param)
            put_sized_str(b, c, v, (size_t)o->param);
        else
            put_cstr(b, c, v, (size_t)ropt.max_strlen);
        return 1;
    case OP_BUF: {
        int k = o->bufkind;
        if (k & BUF_NULL_ADDR && !v) {
            sb_puts(b, "NULL");
            return 1;
        }
        if (k & BUF_FAIL_ADDR && c->error) {
            put_ptr(b, v);
            return 1;
        }
        unsigned long long len = k & BUF_RET ? (unsigned long long)c->rval : c->a[o->param];
        if (k & BUF_XATTR && len > ropt.xattr_size_max) {
            put_ptr(b, v);
            return 1;
        }
        put_buf(b, c, v, len, k & BUF_HEX, k & BUF_XATTR);
        return 1;
    }
    case OP_STAT: {              /* struct stat, abbreviated */
        if (!read_struct(b, c, v, 144, 1))
            return 1;
        unsigned mode;
        unsigned long long rdev;
        long long size;
        memcpy(&mode, scratch + 24, 4);
        memcpy(&rdev, scratch + 40, 8);
        memcpy(&size, scratch + 48, 8);
        sb_puts(b, "{st_mode=");
        put_mode_symbolic(b, mode);
        if ((mode & 0170000) == 0020000 || (mode & 0170000) == 0060000) {
            sb_puts(b, ", st_rdev=");
            put_makedev(b, rdev);
        } else
            sb_printf(b, ", st_size=%lld", size);
        sb_puts(b, ", ...}");
        return 1;
    }
    case OP_STATX: {             /* struct statx, abbreviated */
        if (!read_struct(b, c, v, 256, 1))
            return 1;
        uint32_t mask;
        uint16_t mode;
        unsigned long long attrs, size;
        memcpy(&mask, scratch, 4);
        memcpy(&attrs, scratch + 8, 8);
        memcpy(&mode, scratch + 28, 2);
        memcpy(&size, scratch + 40, 8);
        sb_puts(b, "{stx_mask=");
        xt_flags(b, ropt.statx_mask, mask, NULL, NULL);
        sb_puts(b, ", stx_attributes=");
        xt_flags(b, ropt.statx_attrs, attrs, NULL, NULL);
        if (mask & ropt.statx_mode_bits) {
            sb_puts(b, ", stx_mode=");
            put_mode_symbolic(b, mode);
        }
        if (mask & ropt.statx_size_bit)
            sb_printf(b, ", stx_size=%llu", size);
        sb_puts(b, ", ...}");
        return 1;
    }
    case OP_STRUCT: put_struct(b, c, v, o->comment, o->zero, o->bufkind); return 1;
    case OP_LITERAL: sb_puts(b, o->comment ? o->comment : ""); return 1;  /* known in advance */
    case OP_RLIMIT: {            /* struct rlimit; bufkind: an output (its address on failure) */
        if (!read_struct(b, c, v, 16, o->bufkind && c->exited))
            return 1;
        unsigned long long cur, max;
        memcpy(&cur, scratch, 8);
        memcpy(&max, scratch + 8, 8);
        sb_puts(b, "{rlim_cur=");
        put_rlim(b, cur);
        sb_puts(b, ", rlim_max=");
        put_rlim(b, max);
        sb_put(b, "}", 1);
        return 1;
    }
    case OP_FDPAIR: {            /* int[2] of descriptors the kernel filled in */
        if (c->error || !v) {
            put_ptr(b, v);
            return 1;
        }
        if (!read_struct(b, c, v, 8, 0))
            return 1;
        int32_t fds[2];
        memcpy(fds, scratch, 8);
        sb_put(b, "[", 1);
        put_fd(b, c->pid, fds[0]);
        sb_puts(b, ", ");
        put_fd(b, c->pid, fds[1]);
        sb_put(b, "]", 1);
        return 1;
    }
    case OP_WSTATUS: {           /* wait4's status; table: signals */
        unsigned status;
        size_t mark = b->len;
        if (wait_status_printed(c, v) &&
            read_memory(c->pid, v, (char *)&status, 4) == 4 &&
            put_wait_status(b, status, o->table))
            return 1;
        b->len = mark;          /* a ptrace event: the exit was Python's (exit_needs_python) */
        if (wait_status_printed(c, v))
            sb_hexaddr(b, v);
        else
            put_ptr(b, v);
        return 1;
    }
    case OP_RUSAGE: {            /* struct rusage, abbreviated; param 1: wait4's (only
                                  * when a child was reaped), 0: its address on failure */
        if (o->param ? !wait_status_printed(c, v) : (c->error && v)) {
            put_ptr(b, v);
            return 1;
        }
        if (!read_struct(b, c, v, 144, 0))
            return 1;
        long long f[4];
        memcpy(f, scratch, sizeof(f));
        sb_printf(b, "{ru_utime={tv_sec=%lld, tv_usec=%llu}, ru_stime={tv_sec=%lld, "
                  "tv_usec=%llu}, ...}", f[0], (unsigned long long)f[1], f[2],
                  (unsigned long long)f[3]);
        return 1;
    }
    case OP_CWDBUF:              /* getcwd's buffer: the path of rval bytes with its NUL */
        if (c->error || c->rval <= 0)
            put_ptr(b, v);
        else
            put_cstr(b, c, v, (size_t)(c->rval - 1));
        return 1;
    case OP_FRAME_MASK: {        /* the mask a signal frame restores, param bytes above
                                  * the stack pointer; table: signals */
        unsigned long long at = c->sp + (unsigned)o->param;
        Py_ssize_t n = read_memory(c->pid, at, (char *)scratch, 8);
        sb_puts(b, "{mask=");
        if (n <= 0)
            sb_hexaddr(b, at);
        else
            put_sigmask(b, scratch, (size_t)n, o->table);
        sb_put(b, "}", 1);
        return 1;
    }
    case OP_ARGV: put_argv(b, c, v, o->param); return 1;   /* param: abbreviated */
    case OP_ENVP: put_envp(b, c, v); return 1;
    case OP_OUT_OR_PYTHON:       /* what the kernel filled in: Python prints it (the exit
                                  * is handed over); its address when the call failed */
        put_ptr(b, v);
        return 1;
    case OP_SIGSET: {            /* a sigset_t whose size is argument param */
        unsigned long long size = c->a[o->param];
        if (o->bufkind && c->exited && c->error && v) {
            sb_hexaddr(b, v);
            return 1;
        }
        if (!v) {
            sb_puts(b, "NULL");
            return 1;
        }
        if (size != 8) {         /* a word at least, NSIG_BYTES at most (decode.signal) */
            sb_hexaddr(b, v);
            return 1;
        }
        Py_ssize_t n = read_memory(c->pid, v, (char *)scratch, (Py_ssize_t)size);
        if (n < (Py_ssize_t)size) {
            sb_hexaddr(b, v);
            return 1;
        }
        put_sigmask(b, scratch, (size_t)n, o->table);
        return 1;
    }
    case OP_SIGACTION: {         /* struct sigaction: table signals, table2 sa_flags,
                                  * table3 the handler names, param SA_RESTORER */
        if (!read_struct(b, c, v, 32, o->bufkind && c->exited))
            return 1;
        unsigned long long handler, flags, restorer;
        memcpy(&handler, scratch, 8);
        memcpy(&flags, scratch + 8, 8);
        memcpy(&restorer, scratch + 16, 8);
        const char *hn = xt_lookup(o->table3, (long long)handler);
        sb_puts(b, "{sa_handler=");
        if (hn)
            sb_puts(b, hn);
        else
            sb_hexaddr(b, handler);
        sb_puts(b, ", sa_mask=");
        put_sigmask(b, scratch + 24, 8, o->table);
        sb_puts(b, ", sa_flags=");
        xt_flags(b, o->table2, flags & 0xffffffffULL, NULL, NULL);
        if (flags & (unsigned)o->param) {
            sb_puts(b, ", sa_restorer=");
            sb_hexaddr(b, restorer);
        }
        sb_put(b, "}", 1);
        return 1;
    }
    case OP_DENTS64: {           /* abbreviated: the address and the number of entries;
                                  * param: the size of an entry's fixed part */
        unsigned long long size = (unsigned long long)c->rval;
        put_ptr(b, v);
        if (c->error || size > (c->a[2] & 0xffffffffULL))
            return 1;
        static unsigned char dbuf[1 << 20];
        size_t header = (size_t)o->param, count = 0, left = (size_t)size;
        size_t want = left < sizeof(dbuf) ? left : sizeof(dbuf);
        Py_ssize_t n = want ? read_memory(c->pid, v, (char *)dbuf, (Py_ssize_t)want) : 0;
        size_t have = n > 0 ? (size_t)n : 0;
        for (size_t off = 0; left >= header && off + header <= have;) {
            uint16_t reclen;
            memcpy(&reclen, dbuf + off + 16, 2);
            count++;
            if (reclen > left || reclen < header)
                break;
            left -= reclen;
            off += reclen;
        }
        sb_printf(b, " /* %zu%s entries */", count, left ? "+" : "");
        return 1;
    }
    }
    sb_hexaddr(b, v);
    return 1;
}

static void
render_ops(struct sbuf *b, const struct op *ops, int n, const struct rcall *c)
{
    int any = 0;
    for (int i = 0; i < n; i++) {
        size_t mark = b->len;
        if (any)
            sb_puts(b, ", ");
        if (render_op(b, &ops[i], c))
            any = 1;
        else
            b->len = mark;
    }
}

static void
render_return(struct sbuf *b, const struct prog *p, const struct rcall *c)
{
    if (p->ret == RET_NONE) {
        sb_put(b, "?", 1);
        return;
    }
    if (c->error) {
        if (c->error > 0 && c->error < MAX_ERRNO && errno_text[c->error])
            sb_puts(b, errno_text[c->error]);
        else
            sb_printf(b, "-1 %d (Unknown error %d)", c->error, c->error);
        return;
    }
    unsigned long long v = (unsigned long long)c->rval;
    if (p->ret == RET_NOTE || p->ret == RET_NOTE_ALWAYS) {
        if (!v && p->ret == RET_NOTE) {
            sb_put(b, "0", 1);
            return;
        }
        if (p->ret == RET_NOTE)
            sb_hex(b, v);
        else
            sb_hexaddr(b, v);
        sb_puts(b, " (flags ");
        unsigned long long regs[6] = { v, 0, 0, 0, 0, 0 };
        struct rcall named = { c->pid, regs, c->rval, 0, 1 };
        struct op o = p->note;
        o.arg = 0;
        render_op(b, &o, &named);
        sb_put(b, ")", 1);
        return;
    }
    switch (p->ret) {
    case RET_FD:
        if (v <= 0x7fffffffULL)
            put_fd(b, c->pid, (int)v);
        else
            sb_sdec(b, (long long)v);
        return;
    case RET_HEX: sb_hexaddr(b, v); return;
    case RET_U: sb_udec(b, v); return;
    case RET_OCT: put_mode_numeric(b, (unsigned)v); return;
    default: sb_sdec(b, (long long)v); return;
    }
}

/* ---- the output stream ------------------------------------------------------- */

static struct {
    struct sbuf out;
    int fd;                  /* -1: nothing goes out */
    pid_t owner;             /* whose line is open (0: none) */
    long col;                /* its column */
    int failed;              /* errno of the first write error */
    /* the line leader */
    int pid_prefix;          /* 0 none, 1 [pid N] when several tracees, 2 "N " */
    int multi, ts_format, ts_width, durations, dur_width, acolumn;
} os_ = { { NULL, 0, 0 }, -1, 0, 0, 0, 0, 0, 0, 0, 0, 6, 40 };

static int
out_flush(void)
{
    size_t done = 0;
    while (done < os_.out.len && os_.fd >= 0 && !os_.failed) {
        ssize_t n = write(os_.fd, os_.out.p + done, os_.out.len - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            os_.failed = errno;
            break;
        }
        done += (size_t)n;
    }
    os_.out.len = 0;
    return os_.failed;
}

static void
out_leader(pid_t pid, const struct timespec *real)
{
    struct sbuf *b = &os_.out;
    if (os_.col && os_.owner)
        sb_puts(b, " <unfinished ...>\n");
    size_t start = b->len;
    os_.owner = pid;
    if (os_.pid_prefix == 2) {
        sb_sdec_width(b, pid, -5);
        sb_put(b, " ", 1);
    } else if (os_.pid_prefix == 1 && os_.multi) {
        sb_put(b, "[pid ", 5);
        sb_sdec_width(b, pid, 5);
        sb_put(b, "] ", 2);
    }
    if (os_.ts_format) {
        if (os_.ts_format == 1) {
            struct tm tm;
            time_t t = real->tv_sec;
            localtime_r(&t, &tm);
            sb_zeropad(b, (unsigned)tm.tm_hour, 2);
            sb_put(b, ":", 1);
            sb_zeropad(b, (unsigned)tm.tm_min, 2);
            sb_put(b, ":", 1);
            sb_zeropad(b, (unsigned)tm.tm_sec, 2);
        } else
            sb_sdec(b, (long long)real->tv_sec);
        if (os_.ts_width == 6) {
            sb_put(b, ".", 1);
            sb_zeropad(b, (unsigned long long)real->tv_nsec / 1000, 6);
        } else if (os_.ts_width == 9) {
            sb_put(b, ".", 1);
            sb_zeropad(b, (unsigned long long)real->tv_nsec, 9);
        }
        sb_put(b, " ", 1);
    }
    os_.col = (long)(b->len - start);
}

static void
out_text(const char *s, size_t n)
{
    sb_put(&os_.out, s, n);
    os_.col += (long)n;
}

/* ---- Python's side of the stream --------------------------------------------- */

/* out_open(fd, pid_prefix, ts_format, ts_width, durations, dur_width, acolumn) */
static PyObject *
py_out_open(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "iiiiiii", &os_.fd, &os_.pid_prefix, &os_.ts_format,
                          &os_.ts_width, &os_.durations, &os_.dur_width, &os_.acolumn))
        return NULL;
    os_.owner = 0;
    os_.col = 0;
    os_.failed = 0;
    os_.out.len = 0;
    Py_RETURN_NONE;
}

/* out_write(text): text from Python, in order with the rendered lines */
static PyObject *
py_out_write(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "s#", &s, &n))
        return NULL;
    sb_put(&os_.out, s, (size_t)n);
    if (os_.out.len >= (1 << 16))
        out_flush();
    Py_RETURN_NONE;
}

static PyObject *
py_out_flush(PyObject *self, PyObject *noargs)
{
    int err = out_flush();
    return PyLong_FromLong(err);
}

/* out_state() -> (owner, col); out_set_state(owner, col); out_set_multi(flag) */
static PyObject *
py_out_state(PyObject *self, PyObject *noargs)
{
    return Py_BuildValue("(il)", (int)os_.owner, os_.col);
}

static PyObject *
py_out_set_state(PyObject *self, PyObject *args)
{
    int owner;
    long col;
    if (!PyArg_ParseTuple(args, "il", &owner, &col))
        return NULL;
    os_.owner = owner;
    os_.col = col;
    Py_RETURN_NONE;
}

static PyObject *
py_out_set_multi(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "p", &os_.multi))
        return NULL;
    Py_RETURN_NONE;
}

/* ---- printing one stop --------------------------------------------------------- */

static struct sbuf argtext;

static void
render_entry(const struct prog *p, pid_t pid, const unsigned long long *a,
             unsigned long long sp, const struct timespec *real)
{
    struct rcall c = { pid, a, 0, 0, 0, sp };
    out_leader(pid, real);
    argtext.len = 0;
    sb_puts(&argtext, p->name);
    sb_put(&argtext, "(", 1);
    render_ops(&argtext, p->entry, p->nentry, &c);
    if (p->nentry && p->nexit)
        sb_puts(&argtext, ", ");
    out_text(argtext.p, argtext.len);
}

/* An exit whose line is not the one open (another process's line came between, or
 * none is open) starts a line of its own: the leader and "<... NAME resumed>". */
static void
resume_line(const struct prog *p, pid_t pid, const struct timespec *real)
{
    if (os_.owner == pid && os_.col)
        return;
    out_leader(pid, real);
    argtext.len = 0;
    sb_printf(&argtext, "<... %s resumed>", p->name);
    out_text(argtext.p, argtext.len);
}

/* b holds the last of the arguments: ") " goes out with it, then b holds the padding
 * to the -a column and "= ". */
static void
close_arguments(struct sbuf *b)
{
    sb_puts(b, ") ");
    out_text(b->p, b->len);
    b->len = 0;
    for (long col = os_.col; col < os_.acolumn; col++)
        sb_put(b, " ", 1);
    sb_puts(b, "= ");
}

/* b holds the rest of the line, its newline included. */
static void
end_line(struct sbuf *b)
{
    out_text(b->p, b->len);
    os_.col = 0;
    os_.owner = 0;
}

static void
render_exit(const struct prog *p, pid_t pid, const unsigned long long *a, long long rval,
            int is_error, const struct timespec *real, double duration)
{
    struct rcall c = { pid, a, is_error ? -1 : rval, is_error ? (int)-rval : 0, 1 };
    struct sbuf *b = &argtext;
    resume_line(p, pid, real);
    b->len = 0;
    render_ops(b, p->exit, p->nexit, &c);
    close_arguments(b);
    render_return(b, p, &c);
    if (os_.durations) {
        long long sec = (long long)duration;
        long long scale = 1;
        for (int i = 0; i < os_.dur_width; i++)
            scale *= 10;
        sb_put(b, " <", 2);
        sb_sdec(b, sec);
        if (os_.dur_width) {
            sb_put(b, ".", 1);
            sb_zeropad(b, (unsigned long long)((duration - (double)sec) * (double)scale),
                       os_.dur_width);
        }
        sb_put(b, ">", 1);
    }
    sb_put(b, "\n", 1);
    end_line(b);
}

/* The tracee exited inside a call whose entry was printed here: "= ?", with strace's
 * " <unfinished ...>" when the call had more to print at its exit. */
static void
render_gone(const struct prog *p, int unfinished, pid_t pid, const struct timespec *real)
{
    struct sbuf *b = &argtext;
    resume_line(p, pid, real);
    b->len = 0;
    if (unfinished)
        sb_puts(b, " <unfinished ...>");
    close_arguments(b);
    sb_puts(b, "?\n");
    end_line(b);
}

/* render_test(nr, phase, pid, args, rval, is_error[, sp]) -> text: one part of a line,
 * rendered as the loop would (the tests compare it with the Python decoders). */
static PyObject *
py_render_test(PyObject *self, PyObject *args)
{
    int nr, phase, pid, is_error;
    unsigned long long a[6], sp = 0;
    long long rval;
    if (!PyArg_ParseTuple(args, "iii(KKKKKK)Li|K", &nr, &phase, &pid, &a[0], &a[1], &a[2],
                          &a[3], &a[4], &a[5], &rval, &is_error, &sp))
        return NULL;
    if (nr < 0 || nr >= MAX_NR)
        Py_RETURN_NONE;
    const struct prog *p = pick_prog(nr, a);
    if (!p || p->mode != 1)
        Py_RETURN_NONE;
    struct rcall c = { pid, a, is_error ? -1 : rval, is_error ? (int)-rval : 0, phase != 1,
                       sp };
    if (phase != 1 && p->handoff && exit_needs_python(p, &c))
        Py_RETURN_NONE;            /* the loop hands this exit to Python */
    struct sbuf b = { NULL, 0, 0 };
    if (phase == 1)
        render_ops(&b, p->entry, p->nentry, &c);
    else if (phase == 2)
        render_ops(&b, p->exit, p->nexit, &c);
    else
        render_return(&b, p, &c);
    PyObject *r = PyUnicode_DecodeLatin1(b.p ? b.p : "", (Py_ssize_t)b.len, NULL);
    free(b.p);
    return r;
}
