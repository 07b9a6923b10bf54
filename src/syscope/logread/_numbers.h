/* Digits and -T durations as the log scanners (_scan.c, _logparse.c) read them. */
#ifndef SYSCOPE_NUMBERS_H
#define SYSCOPE_NUMBERS_H

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static Py_ssize_t digits(const char *s, Py_ssize_t i, Py_ssize_t n)
{
    while (i < n && is_digit(s[i]))
        i++;
    return i;
}

/* what parse.is_duration() accepts in s[a:b]: digits, or digits '.' digits */
static int decimal_text(const char *s, Py_ssize_t a, Py_ssize_t b)
{
    Py_ssize_t i = digits(s, a, b);
    if (i == a)
        return 0;
    if (i == b)
        return 1;
    if (s[i] != '.')
        return 0;
    Py_ssize_t k = digits(s, i + 1, b);
    return k > i + 1 && k == b;
}

#endif
