/* syscope read -c at compiled speed: each line's envelope (name, outcome, -T duration)
 * added to per-name counters.
 *
 * It decides only the lines it is sure of, with the rules of fastcount.py (the leader,
 * the name, the rightmost ') = ' followed by a return value, the -T suffix); a line it
 * is not sure of (non-ASCII bytes, a leader its greedy reading does not end in a name)
 * is handed back, so that Python counts it, in order, and the totals are the same. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>

#include "_numbers.h"

static int is_lower(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
static int is_name(char c) { return is_lower(c) || is_digit(c); }
static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The optional parts of a leader, each taken when it matches (a regex's first try). */
static Py_ssize_t leader(const char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0, j;
    /* [pid N] or N followed by spaces and a non-space */
    if (n > 5 && memcmp(s, "[pid ", 5) == 0) {
        j = 5;
        while (j < n && s[j] == ' ')
            j++;
        Py_ssize_t k = digits(s, j, n);
        if (k > j && k + 1 < n && s[k] == ']' && s[k + 1] == ' ')
            i = k + 2;
    } else {
        j = digits(s, 0, n);
        if (j > 0 && j < n && s[j] == ' ') {
            Py_ssize_t k = j;
            while (k < n && s[k] == ' ')
                k++;
            if (k < n && !is_space(s[k]))
                i = k;
        }
    }
    /* HH:MM:SS[.frac] or a unix time of 9+ digits [.frac], then a space */
    j = i;
    if (j + 8 <= n && is_digit(s[j]) && is_digit(s[j + 1]) && s[j + 2] == ':' &&
        is_digit(s[j + 3]) && is_digit(s[j + 4]) && s[j + 5] == ':' &&
        is_digit(s[j + 6]) && is_digit(s[j + 7])) {
        j += 8;
        if (j + 1 < n && s[j] == '.' && is_digit(s[j + 1]))
            j = digits(s, j + 1, n);
        if (j < n && s[j] == ' ')
            i = j + 1;
    } else {
        Py_ssize_t k = digits(s, j, n);
        if (k - j >= 9) {
            if (k + 1 < n && s[k] == '.' && is_digit(s[k + 1]))
                k = digits(s, k + 1, n);
            if (k < n && s[k] == ' ')
                i = k + 1;
        }
    }
    /* (+ N.N) or spaces N.N followed by a space and a non-space */
    j = i;
    if (j + 1 < n && s[j] == '(' && s[j + 1] == '+') {
        Py_ssize_t k = j + 2;
        while (k < n && s[k] == ' ')
            k++;
        Py_ssize_t m = k;
        while (m < n && (is_digit(s[m]) || s[m] == '.'))
            m++;
        if (m > k && m + 1 < n && s[m] == ')' && s[m + 1] == ' ')
            i = m + 2;
    } else {
        Py_ssize_t k = j;
        while (k < n && s[k] == ' ')
            k++;
        Py_ssize_t m = digits(s, k, n);
        if (m > k && m + 1 < n && s[m] == '.' && is_digit(s[m + 1])) {
            m = digits(s, m + 1, n);
            if (m + 1 < n && s[m] == ' ' && !is_space(s[m + 1]))
                i = m + 1;
        }
    }
    /* [ NR] */
    j = i;
    if (j < n && s[j] == '[') {
        Py_ssize_t k = j + 1;
        while (k < n && s[k] == ' ')
            k++;
        Py_ssize_t m = digits(s, k, n);
        if (m > k && m + 1 < n && s[m] == ']' && s[m + 1] == ' ')
            i = m + 2;
    }
    return i;
}

/* The counters of the names seen in one call of count(), kept in C and written back
 * to acc's rows ([calls, errors, total, min, max]) before returning: the sums are made
 * in line order, as Python makes them. */
#define SLOTS 512
typedef struct {
    const char *name;
    Py_ssize_t len;
    PyObject *row;   /* borrowed from acc */
    long calls, errors;
    double total, mn, mx;
} Slot;

typedef struct {
    PyObject *acc;
    Slot slot[SLOTS];
    int used;
} Table;

static int write_back(Table *t)
{
    for (int k = 0; k < SLOTS; k++) {
        Slot *sl = &t->slot[k];
        if (!sl->name)
            continue;
        PyObject *v[5] = {PyLong_FromLong(sl->calls), PyLong_FromLong(sl->errors),
                          PyFloat_FromDouble(sl->total), PyFloat_FromDouble(sl->mn),
                          PyFloat_FromDouble(sl->mx)};
        int bad = 0;
        for (int m = 0; m < 5; m++)
            bad |= !v[m];
        if (bad) {
            for (int m = 0; m < 5; m++)
                Py_XDECREF(v[m]);
            return -1;
        }
        for (int m = 0; m < 5; m++)
            PyList_SetItem(sl->row, m, v[m]);   /* steals */
        sl->name = NULL;
    }
    t->used = 0;
    return 0;
}

static Slot *slot_of(Table *t, const char *name, Py_ssize_t len)
{
    unsigned long h = 5381;
    for (Py_ssize_t k = 0; k < len; k++)
        h = h * 33 + (unsigned char)name[k];
    for (int probe = 0; probe < SLOTS; probe++) {
        Slot *sl = &t->slot[(h + probe) % SLOTS];
        if (sl->name && sl->len == len && memcmp(sl->name, name, len) == 0)
            return sl;
        if (!sl->name) {
            if (t->used >= SLOTS / 2) {   /* full enough: start over */
                if (write_back(t) < 0)
                    return NULL;
                return slot_of(t, name, len);
            }
            PyObject *key = PyUnicode_FromStringAndSize(name, len);
            if (!key)
                return NULL;
            PyObject *row = PyDict_GetItemWithError(t->acc, key);
            if (!row) {
                if (PyErr_Occurred()) {
                    Py_DECREF(key);
                    return NULL;
                }
                row = Py_BuildValue("[iiddd]", 0, 0, 0.0, Py_HUGE_VAL, 0.0);
                if (!row || PyDict_SetItem(t->acc, key, row) < 0) {
                    Py_XDECREF(row);
                    Py_DECREF(key);
                    return NULL;
                }
                Py_DECREF(row);   /* acc holds it */
            }
            Py_DECREF(key);
            if (!PyList_Check(row) || PyList_GET_SIZE(row) != 5) {
                PyErr_SetString(PyExc_TypeError,
                                "counter rows are [calls, errors, total, min, max]");
                return NULL;
            }
            sl->calls = PyLong_AsLong(PyList_GET_ITEM(row, 0));
            sl->errors = PyLong_AsLong(PyList_GET_ITEM(row, 1));
            sl->total = PyFloat_AsDouble(PyList_GET_ITEM(row, 2));
            sl->mn = PyFloat_AsDouble(PyList_GET_ITEM(row, 3));
            sl->mx = PyFloat_AsDouble(PyList_GET_ITEM(row, 4));
            if (PyErr_Occurred())
                return NULL;
            sl->name = name;
            sl->len = len;
            sl->row = row;
            t->used++;
            return sl;
        }
    }
    return NULL;
}

static int add(Table *t, const char *name, Py_ssize_t len, int failed, double sec)
{
    Slot *sl = slot_of(t, name, len);
    if (!sl)
        return -1;
    sl->calls++;
    sl->errors += failed;
    sl->total += sec;
    if (sec < sl->mn)
        sl->mn = sec;
    if (sec > sl->mx)
        sl->mx = sec;
    return 0;
}

#define UNSURE (-2)

/* 1 counted, 0 not a counted line, UNSURE for Python to decide, -1 error */
static int one_line(Table *acc, const char *s, Py_ssize_t n)
{
    for (Py_ssize_t k = 0; k < n; k++)
        if ((unsigned char)s[k] >= 0x80)
            return UNSURE;
    Py_ssize_t i = leader(s, n), a, b;
    if (i + 5 < n && memcmp(s + i, "<... ", 5) == 0) {
        a = i + 5;
        b = a;
        while (b < n && is_name(s[b]))
            b++;
        if (b == a || b + 9 > n || memcmp(s + b, " resumed>", 9) != 0)
            return UNSURE;
    } else if (i < n && is_lower(s[i])) {
        a = i;
        b = a + 1;
        while (b < n && is_name(s[b]))
            b++;
        if (b >= n || s[b] != '(')
            return UNSURE;
    } else {
        return UNSURE;
    }
    static const char unfinished[] = " <unfinished ...>";
    Py_ssize_t ul = sizeof unfinished - 1;
    if (n >= ul && memcmp(s + n - ul, unfinished, ul) == 0)
        return 0;
    /* the -T suffix, then the rightmost ') ' followed by spaces, '= ' and a value */
    Py_ssize_t end = n, dur_a = -1;
    if (n && s[n - 1] == '>') {
        Py_ssize_t k = n - 2;
        while (k >= 1 && !(s[k - 1] == ' ' && s[k] == '<'))
            k--;
        if (k >= 1 && decimal_text(s, k + 1, n - 1)) {
            end = k - 1;
            dur_a = k + 1;
        }
    }
    Py_ssize_t pos = n;
    for (;;) {
        Py_ssize_t p = pos - 2;
        while (p >= 0 && !(s[p] == ')' && s[p + 1] == ' '))
            p--;
        if (p < 0)
            return 0;   /* no return value: not counted */
        pos = p;        /* the next search ends before this ") " */
        Py_ssize_t j = p + 2;
        while (j < n && s[j] == ' ')
            j++;
        if (j + 2 < end && s[j] == '=' && s[j + 1] == ' ') {
            char c = s[j + 2];
            if (c == '?' || is_digit(c) || (c == '-' && j + 3 < n && is_digit(s[j + 3]))) {
                const char *ret = s + j + 2;
                Py_ssize_t rl = end - (j + 2);
                int erestart = rl >= 10 && memcmp(ret, "? ERESTART", 10) == 0;
                if (c == '?' && !erestart)
                    return 0;   /* never returned */
                int failed = erestart || (rl >= 4 && memcmp(ret, "-1 E", 4) == 0);
                double sec = 0.0;
                if (dur_a >= 0 && n - 1 - dur_a <= 24 &&
                    (sec = short_decimal(s, dur_a, n - 1)) < 0) {
                    char tmp[32];
                    memcpy(tmp, s + dur_a, n - 1 - dur_a);
                    tmp[n - 1 - dur_a] = 0;
                    sec = strtod(tmp, NULL);
                }
                if (!(sec < 1e9))
                    sec = 0.0;
                return add(acc, s + a, b - a, failed, sec) < 0 ? -1 : 1;
            }
        }
    }
}

/* count(buf, start, acc) -> offset: counts whole lines of buf from start into acc;
 * returns the offset of the first line it leaves to the caller, or len(buf). */
static PyObject *count(PyObject *self, PyObject *args)
{
    Py_buffer view;
    Py_ssize_t start;
    PyObject *acc;
    if (!PyArg_ParseTuple(args, "y*nO!", &view, &start, &PyDict_Type, &acc))
        return NULL;
    const char *s = view.buf;
    Py_ssize_t n = view.len, i = start < 0 ? 0 : start;
    Table *t = PyMem_Calloc(1, sizeof(Table));
    if (!t) {
        PyBuffer_Release(&view);
        return PyErr_NoMemory();
    }
    t->acc = acc;
    int r = 0;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        Py_ssize_t e = nl ? nl - s : n;
        r = one_line(t, s + i, e - i);
        if (r == -1 || r == UNSURE)
            break;
        i = e + 1;
    }
    if (write_back(t) < 0)
        r = -1;
    PyMem_Free(t);
    PyBuffer_Release(&view);
    if (r == -1)
        return NULL;
    return PyLong_FromSsize_t(i < n ? i : n);
}

/* count_lines(block) -> the number of newlines in it: bytes.count(b"\n") at memchr's
 * speed (the readers count every block's lines, for their error messages) */
static PyObject *count_lines(PyObject *self, PyObject *block)
{
    Py_buffer buf;
    if (PyObject_GetBuffer(block, &buf, PyBUF_SIMPLE) < 0)
        return NULL;
    const char *s = buf.buf, *end = s + buf.len;
    Py_ssize_t n = 0;
    while (s < end && (s = memchr(s, '\n', end - s))) {
        n++;
        s++;
    }
    PyBuffer_Release(&buf);
    return PyLong_FromSsize_t(n);
}

static PyMethodDef methods[] = {
    {"count_lines", count_lines, METH_O, "count_lines(block) -> block.count(b'\\n')"},
    {"count", count, METH_VARARGS, "count(buf, start, acc) -> offset of a line left to Python"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_scan", NULL, -1, methods};

PyMODINIT_FUNC PyInit__scan(void) { return PyModule_Create(&module); }
