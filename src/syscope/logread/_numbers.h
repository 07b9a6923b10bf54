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

/* float(s[a:b]) of digits or digits '.' digits with 15 digits at most: an exact integer
 * over an exact power of ten, so one rounding, as strtod rounds; -1.0 for other text */
static double short_decimal(const char *s, Py_ssize_t a, Py_ssize_t b)
{
    static const double scale[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                   1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    long long m = 0;
    int nd = 0, nf = -1;
    for (Py_ssize_t i = a; i < b; i++) {
        if (is_digit(s[i])) {
            if (++nd > 15)
                return -1.0;
            m = m * 10 + (s[i] - '0');
            nf += nf >= 0;
        } else if (s[i] == '.' && nf < 0) {
            nf = 0;
        } else {
            return -1.0;
        }
    }
    if (!nd)
        return -1.0;
    return (double)m / scale[nf > 0 ? nf : 0];
}

#endif
