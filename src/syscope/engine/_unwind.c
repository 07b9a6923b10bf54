/* Stack traces of stopped tracees (-k), with libunwind's ptrace accessors.
 *
 * An optional extension: built where libunwind's headers are installed (Debian's
 * libunwind-dev), and syscope -k says it is unavailable where it is not.  This file
 * only steps through a stopped thread's frames; engine/stacks.py finds the file of
 * each address and prints the lines.
 *
 *   attach(tid) -> context of a thread syscope traces, or OSError
 *   walk(context) -> (frames, more, error)
 *       frames: [(instruction pointer, symbol name or "", offset in the symbol)],
 *               innermost first, at most MAX_FRAMES;
 *       more: the stack goes on beyond them;
 *       error: why the walk stopped before the stack's end, or None
 *   flush_cache()            the memory maps changed: forget what was learnt of them
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <libunwind-ptrace.h>
#include <string.h>

#define MAX_FRAMES 256

static unw_addr_space_t space;

static void
context_free(PyObject *capsule)
{
    void *upt = PyCapsule_GetPointer(capsule, "syscope.unwind");
    if (upt)
        _UPT_destroy(upt);
}

static PyObject *
attach(PyObject *self, PyObject *args)
{
    int tid;
    if (!PyArg_ParseTuple(args, "i", &tid))
        return NULL;
    void *upt = _UPT_create(tid);
    if (upt == NULL)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyCapsule_New(upt, "syscope.unwind", context_free);
}

/* the symbol of the cursor's frame: "" and 0 where libunwind knows none */
static PyObject *
symbol(unw_cursor_t *cursor, char **name, size_t *size, unw_word_t *offset)
{
    for (;;) {
        int r = unw_get_proc_name(cursor, *name, *size, offset);
        if (r == 0)
            return PyUnicode_DecodeFSDefault(*name);
        if (r != -UNW_ENOMEM) {
            *offset = 0;
            return PyUnicode_FromString("");
        }
        char *bigger = PyMem_Realloc(*name, *size * 2);
        if (bigger == NULL)
            return PyErr_NoMemory();
        *name = bigger;
        *size *= 2;
    }
}

static PyObject *
walk(PyObject *self, PyObject *args)
{
    PyObject *capsule;
    if (!PyArg_ParseTuple(args, "O", &capsule))
        return NULL;
    void *upt = PyCapsule_GetPointer(capsule, "syscope.unwind");
    if (upt == NULL)
        return NULL;
    unw_cursor_t cursor;
    if (unw_init_remote(&cursor, space, upt) < 0)
        return Py_BuildValue("([]Os)", Py_False, "cannot initialize libunwind");
    PyObject *frames = PyList_New(0);
    size_t size = 40;
    char *name = PyMem_Malloc(size);
    if (frames == NULL || name == NULL) {
        Py_XDECREF(frames);
        PyMem_Free(name);
        return PyErr_NoMemory();
    }
    PyObject *error = Py_None, *more = Py_False;
    for (int depth = 0;; depth++) {
        if (depth == MAX_FRAMES) {
            more = Py_True;
            break;
        }
        unw_word_t ip, offset;
        if (unw_get_reg(&cursor, UNW_REG_IP, &ip) < 0) {
            error = PyUnicode_FromString(strerror(errno));
            break;
        }
        PyObject *sym = symbol(&cursor, &name, &size, &offset);
        PyObject *t = sym ? Py_BuildValue("(kNk)", (unsigned long) ip, sym,
                                          (unsigned long) offset) : NULL;
        if (t == NULL || PyList_Append(frames, t) < 0) {
            Py_XDECREF(t);
            Py_DECREF(frames);
            PyMem_Free(name);
            return NULL;
        }
        Py_DECREF(t);
        if (unw_step(&cursor) <= 0)
            break;
    }
    PyMem_Free(name);
    if (error == NULL) {
        Py_DECREF(frames);
        return NULL;
    }
    return Py_BuildValue(error == Py_None ? "(NOO)" : "(NON)", frames, more, error);
}

static PyObject *
flush_cache(PyObject *self, PyObject *unused)
{
    unw_flush_cache(space, 0, 0);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"attach", attach, METH_VARARGS, "attach(tid) -> context of a traced thread"},
    {"walk", walk, METH_VARARGS, "walk(context) -> (frames, more, error)"},
    {"flush_cache", flush_cache, METH_NOARGS, "flush_cache(): the memory maps changed"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_unwind", "Stack traces of stopped tracees (libunwind).", -1,
    methods,
};

PyMODINIT_FUNC
PyInit__unwind(void)
{
    space = unw_create_addr_space(&_UPT_accessors, 0);
    if (!space) {
        PyErr_SetString(PyExc_ImportError, "libunwind: no address space for stack tracing");
        return NULL;
    }
    unw_set_caching_policy(space, UNW_CACHE_GLOBAL);
    return PyModule_Create(&module);
}
