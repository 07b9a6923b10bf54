"""-e inject= / -e fault=: strace's syscall tampering.

A rule says what to do to a set of syscalls (fail with an errno, return a value, send
a signal, delay, overwrite argument memory) and for which invocations (when=).  As in
strace, invocations are counted per thread and per syscall, only for syscalls that
are traced (a filtered call is neither counted nor tampered with), and a tampered
call's line ends with " (INJECTED)" and/or " (DELAYED)".

Tampering happens with the tracee stopped: at entry the syscall number is replaced
(-1 fails it with ENOSYS, syscall= runs a harmless one instead), at exit the return
value is overwritten.  Syscalls with rules therefore never go to the C loop."""
from __future__ import annotations

import heapq
from time import monotonic

from ..abi import ERRNO_BY_NAME, SYSCALL_NUMBERS, signal_number

INFINITE = 0xFFFF          # strace's "no last invocation"
MAX_ERRNO = 4095
NSIG = 64
TIME_SUFFIXES = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9, "": 1e-6}


class InjectError(ValueError):
    """A bad expression; the message is strace's."""


class Rule:
    __slots__ = ("first", "last", "step", "error", "retval", "signal", "scno",
                 "delay_enter", "delay_exit", "poke_enter", "poke_exit")

    def __init__(self):
        self.first, self.last, self.step = 1, INFINITE, 1
        self.error = self.retval = self.signal = self.scno = None
        self.delay_enter = self.delay_exit = None     # seconds
        self.poke_enter = self.poke_exit = None       # ((arg index, bytes), ...)

    def acts(self) -> bool:
        return any(v is not None for v in (self.error, self.retval, self.signal,
                                           self.delay_enter, self.delay_exit,
                                           self.poke_enter, self.poke_exit))


# -- parsing, with the C library's number rules strace relies on ----------------------
def c_uint(text: str, limit: int, endings: str = "") -> tuple[int, str]:
    """strtoll-style: blanks, a sign, digits; (value, rest) or (-1, rest) when there are
    no digits, the value is negative or above limit, or rest starts outside endings."""
    i = 0
    while i < len(text) and text[i] in " \t\n\v\f\r":
        i += 1
    j = i + (1 if i < len(text) and text[i] in "+-" else 0)
    k = j
    while k < len(text) and text[k].isdigit():
        k += 1
    rest = text[k:]
    if k == j or (rest and rest[0] not in endings):
        return -1, rest
    value = int(text[i:k])
    return (value if 0 <= value <= limit else -1), rest


def parse_when(text: str, rule: Rule) -> bool:
    """F, F+, F+S, F..L, F..L+, F..L+S"""
    first, rest = c_uint(text, 0xFFFF, "+.")
    if first < 1:
        return False
    rule.first, rule.last = first, INFINITE
    if rest.startswith("."):
        if not rest.startswith(".."):
            return False
        last, rest = c_uint(rest[2:], 0xFFFF, "+")
        if last < first or last == INFINITE:
            return False
        rule.last = last
    if rest:                              # "+" and an optional step
        if rest[1:]:
            step, _ = c_uint(rest[1:], 0xFFFF)
            if step < 1:
                return False
            rule.step = step
        else:
            rule.step = 1
    else:
        rule.step = 0 if rule.last == INFINITE else 1
    return True


def parse_errno(text: str) -> int:
    n, _ = c_uint(text, MAX_ERRNO)
    if n < 0:
        n = ERRNO_BY_NAME.get(text.upper(), -1)
    return n


def parse_signal(text: str) -> int:
    if text[:1].isdigit():
        n, _ = c_uint(text, 255)
        return n
    n = signal_number(text) if text else None
    return -1 if n is None else n


def parse_retval(text: str) -> int | None:
    """strtoull with base 0: decimal, 0x hex, 0 octal, a leading minus wraps around."""
    s = text.lstrip(" \t\n\v\f\r")
    neg = s.startswith("-")
    if s[:1] in "+-":
        s = s[1:]
    try:
        if s[:2].lower() == "0x" and len(s) > 2:
            value = int(s[2:], 16)
        elif s.startswith("0") and len(s) > 1:
            value = int(s[1:], 8)
        else:
            value = int(s, 10)
    except ValueError:
        return None
    if not s or not s[-1].isalnum() or value >= 1 << 64:
        return None
    return (-value) & 0xFFFFFFFFFFFFFFFF if neg else value


def parse_delay(text: str) -> float | None:
    """strace's time format: a number, then s, ms, us or ns (default us)."""
    number = text.rstrip("smun")
    suffix = text[len(number):]
    if suffix not in TIME_SUFFIXES or not number:
        return None
    if number.lstrip("+").isdigit():
        value = float(int(number))
    else:
        if any(c not in "eE.-+0123456789" for c in number):
            return None
        try:
            value = float(number)
        except ValueError:
            return None
    if value < 0:
        return None
    return value * TIME_SUFFIXES[suffix]


def parse_poke(text: str) -> tuple | None:
    pokes = []
    for token in text.split(","):
        if not token:
            continue
        if not token.startswith("@arg") or len(token) < 6 or token[4] not in "1234567" \
                or token[5] != "=":
            return None
        data = token[6:]
        if not data or len(data) % 2 or len(data) > 2048:
            return None
        index = int(token[4]) - 1
        if any(i == index for i, _ in pokes):     # one poke per argument
            return None
        try:
            pokes.append((index, bytes.fromhex(data)))
        except ValueError:
            return None
    return tuple(pokes) if pokes else None


def _set_once(rule: Rule, attr: str, value) -> bool:
    if value is None or getattr(rule, attr) is not None:
        return False
    setattr(rule, attr, value)
    return True


def parse_token(token: str, rule: Rule, fault_only: bool) -> bool:
    key, eq, value = token.partition("=")
    if not eq:
        return False
    if key == "when":
        return parse_when(value, rule)
    if key == "error":
        if rule.error is not None or rule.retval is not None:
            return False
        n = parse_errno(value)
        return n >= 1 and _set_once(rule, "error", n)
    if fault_only:
        return False
    if key == "syscall":
        from ..filters import syscalls_in_class
        if rule.scno is not None or value not in syscalls_in_class("pure"):
            return False
        rule.scno = SYSCALL_NUMBERS[value]
        return True
    if key == "retval":
        if rule.error is not None or rule.retval is not None:
            return False
        return _set_once(rule, "retval", parse_retval(value))
    if key == "signal":
        n = parse_signal(value)
        return 1 <= n <= NSIG and _set_once(rule, "signal", n)
    if key in ("delay_enter", "delay_exit"):
        return _set_once(rule, key, parse_delay(value))
    if key in ("poke_enter", "poke_exit"):
        return _set_once(rule, key, parse_poke(value))
    return False


def parse_expression(spec: str, fault_only: bool, warn=None) -> tuple[frozenset, Rule]:
    """SET[:token]...  ->  (syscall names, rule).  Raises InjectError or the
    filters' QualifierError (a bad syscall set), with strace's messages."""
    from ..filters import parse_syscall_set
    what = "fault" if fault_only else "inject"
    rule = Rule()
    tokens = [t for t in spec.split(":") if t]
    name = "" if spec[:1] in ("", ":") else tokens.pop(0)
    for token in tokens:
        if not parse_token(token, rule, fault_only):
            raise InjectError("invalid %s argument '%s'" % (what, spec))
    names = parse_syscall_set(name)
    if not rule.acts():
        if not fault_only:
            raise InjectError("invalid %s argument '%s'" % (what, spec))
        rule.error = 38          # ENOSYS, fault='s default
    if rule.retval is not None and warn is not None:
        signed = rule.retval - (1 << 64) if rule.retval >> 63 else rule.retval
        if -MAX_ERRNO <= signed < 0:
            warn("Inadvertent injection of error %d is possible for retval=%d"
                 % (-signed, rule.retval))
    return names, rule


# -- applying rules -------------------------------------------------------------------
class Tampering:
    """What was done to one call, for its exit and its line."""
    __slots__ = ("rule", "tampered", "poked", "delayed", "poke_exit", "delay_exit")

    def __init__(self, rule: Rule):
        self.rule = rule
        self.tampered = self.poked = self.delayed = False
        self.poke_exit = self.delay_exit = False

    def note(self) -> str:
        if self.tampered and self.poked:
            text = " (INJECTED: args, retval)"
        elif self.poked:
            text = " (INJECTED: args)"
        elif self.tampered:
            text = " (INJECTED)"
        else:
            text = ""
        return text + (" (DELAYED)" if self.delayed else "")


class NotedDecoder:
    """A decoder whose return value ends with the tampering note."""
    __slots__ = ("inner", "tampering")

    def __init__(self, inner, tampering: Tampering):
        self.inner, self.tampering = inner, tampering

    def entry(self, call) -> str:
        return self.inner.entry(call)

    def exit(self, call) -> str:
        return self.inner.exit(call)

    def ret(self, call) -> str:
        text = self.inner.ret(call)
        if text == "?" and self.tampering.tampered:    # exit_group made to return
            from ..decode.core import format_return
            text = format_return(call, "d")
        return text + self.tampering.note()

    def __getattr__(self, name):
        return getattr(self.inner, name)


class Injector:
    def __init__(self, rules: dict):
        self.rules = rules                      # syscall name -> Rule (the last one wins)
        self.numbers = frozenset(SYSCALL_NUMBERS[n] for n in rules if n in SYSCALL_NUMBERS)
        self.counters: dict = {}                # pid -> (task, {name: [first, last]})
        self.delays = bool(any(r.delay_enter or r.delay_exit for r in rules.values()))
        self.parked: list = []                  # (due, pid, sig) of delayed tracees

    def covers(self, nr: int) -> bool:
        return nr in self.numbers

    def _due(self, task, name: str, rule: Rule) -> bool:
        """strace's countdown: first counts down to the invocation to tamper with, then
        restarts from step (0: never again); last counts down to the end of the range."""
        owner, counts = self.counters.get(task.pid, (None, None))
        if owner is not task:                   # a new thread (maybe with a reused pid)
            counts = {}
            self.counters[task.pid] = (task, counts)
        c = counts.get(name)
        if c is None:
            c = counts[name] = [rule.first, rule.last]
        if c[0] == 0 or c[1] == 0:
            return False
        if c[1] != INFINITE:
            c[1] -= 1
        c[0] -= 1
        if c[0]:
            return False
        c[0] = rule.step
        return True

    def enter(self, task, call, decoder):
        """At a traced syscall's entry, before its arguments are decoded."""
        from . import _ptrace as P
        rule = self.rules.get(call.name)
        if rule is None or not self._due(task, call.name, rule):
            return decoder
        t = Tampering(rule)
        if rule.signal:
            task.resume_sig = rule.signal
        if rule.error is not None or rule.retval is not None:
            try:
                P.set_syscall(task.pid, -1 if rule.scno is None else rule.scno)
                t.tampered = True
            except OSError:
                pass
        if rule.poke_enter:
            t.poked = self._poke(call, rule.poke_enter) or t.poked
        t.poke_exit = bool(rule.poke_exit)
        if rule.delay_enter:
            self._park(task, rule.delay_enter)
            t.delayed = True
        t.delay_exit = bool(rule.delay_exit)
        call.saved["tampering"] = t
        return NotedDecoder(decoder, t)

    def leave(self, task, call, rval: int, is_error: int) -> tuple[int, int]:
        """At its exit, before the return value is decoded: the value the tracee and
        the line see."""
        from . import _ptrace as P
        t = call.saved.get("tampering")
        if t is None:
            return rval, is_error
        rule = t.rule
        if t.poke_exit:
            t.poked = self._poke(call, rule.poke_exit) or t.poked
        if t.delay_exit:
            self._park(task, rule.delay_exit)
            t.delayed = True
        if not t.tampered:
            return rval, is_error
        if rule.retval is not None:
            value = rule.retval - (1 << 64) if rule.retval >> 63 else rule.retval
            rval, is_error = value, 0
        else:
            rval, is_error = -rule.error, 1
        try:
            P.set_retval(task.pid, rval)
        except OSError:
            pass
        return rval, is_error

    @staticmethod
    def _poke(call, pokes) -> bool:
        from . import _ptrace as P
        done = False
        for index, data in pokes:
            addr = call.args[index] if index < len(call.args) else 0
            if addr and P.write_mem(call.pid, addr, data) > 0:    # a part counts
                done = True
        return done

    # Delays: the tracee stays stopped while the others run on.
    def _park(self, task, seconds: float) -> None:
        task.resume_at = monotonic() + seconds

    def resume(self, task, request: int) -> None:
        """Resume task after a tampered stop: with the signal to inject, or later."""
        from . import _ptrace as P
        sig, due = task.resume_sig, task.resume_at
        task.resume_sig, task.resume_at = 0, 0.0
        if due:
            heapq.heappush(self.parked, (due, task.pid, request, sig))
        else:
            P.restart(request, task.pid, sig)
        return None

    def wake(self, now: float | None = None) -> float | None:
        """Resume the parked tracees whose delay is over; seconds until the next."""
        from . import _ptrace as P
        now = monotonic() if now is None else now
        while self.parked and self.parked[0][0] <= now:
            _, pid, op, sig = heapq.heappop(self.parked)
            P.restart(op, pid, sig)
        return self.parked[0][0] - now if self.parked else None

