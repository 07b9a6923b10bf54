"""syscope --completion: the scripts load in bash, zsh and fish and complete options,
subcommands, syscall names and classes, signal names and pids from syscope's tables."""
import os
import shutil
import subprocess
import sys

import pytest

from syscope import completion, options

SYSCOPE = [sys.executable, "-m", "syscope"]


# Each shell answers every line of the test in one run: its answers are separated by
# a line @@END@@ before each.
# bash: the completion function called as readline would, with bash's default word breaks.
BASH_DRIVER = r'''
source "$1"
shift
COMP_WORDBREAKS=$' \t\n"\'><=;|&(:'
for COMP_LINE; do
    COMP_POINT=${#COMP_LINE}
    _syscope
    printf '%s\n' @@END@@ "${COMPREPLY[@]}"
done
'''

FISH_DRIVER = '''
source $argv[1]
for line in $argv[2..]
    echo @@END@@
    complete -C $line
end
'''

# zsh: an interactive zsh on a pseudo-terminal gets each line and a Tab; compadd is
# wrapped to write the matches it keeps.  A line is typed only once its own prompt
# shows, so zle (not the tty's line editing, to which Ctrl-U means "kill the line")
# reads it; a sentinel command marks the end.
ZSH_DRIVER = r'''
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "autoload -U compinit; compinit -u -D; source ${(q)1}"
zpty -w z 'compadd() { local -a __o; builtin compadd -O __o "$@"; print -rl -- "${(@)^__o/#/M:}" >&2; builtin compadd "$@" }'
zpty -w z "exec 2>${(q)2}"
integer i=0
for line in "${@[3,-1]}"; do
    (( i++ ))
    zpty -w z "print -u2 M:@@END@@; PS1='RE''ADY$i> '"
    zpty -r z out "*READY$i> *"
    zpty -n -w z "$line"$'\t'
    zpty -n -w z $'\C-u'
done
zpty -w z 'print END$((6*7))'
zpty -r z out '*END42*'
zpty -d z
'''


def run_shell(tmp_path, shell, lines):
    # The words `shell` offers at the end of each line, as it would insert them.
    path = tmp_path / ("syscope." + shell)
    path.write_text(completion.script(shell))
    cwd = tmp_path / "empty"        # no file names to mix in
    cwd.mkdir()
    out = tmp_path / "zsh.out"
    argv = {"bash": ["bash", "--norc", "-c", BASH_DRIVER, "bash", str(path)],
            "zsh": ["zsh", "-f", "-c", ZSH_DRIVER, "zsh", str(path), str(out)],
            "fish": ["fish", "--no-config", "-c", FISH_DRIVER, str(path)]}[shell]
    env = dict(os.environ, HOME=str(tmp_path), PATH="/usr/bin:/bin")
    proc = subprocess.run(argv + lines, capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=env)
    assert proc.returncode == 0, proc.stderr
    if shell == "zsh":
        words = [w[2:] for w in out.read_text().splitlines() if w.startswith("M:")]
    else:
        words = [w.split("\t")[0] for w in proc.stdout.splitlines()]
    answers = []
    for w in words:
        if w == "@@END@@":
            answers.append([])
        else:
            answers[-1].append(w)
    assert len(answers) == len(lines)
    return dict(zip(lines, answers))


def need(shell):
    if not shutil.which(shell):
        pytest.skip("%s is not installed" % shell)


# (command line, words that must be offered, words that must not)
# bash and fish answer with what replaces the text after the last word break or the
# option, zsh with the word under completion; the columns below are per shell.
CASES = [
    ("syscope -e trace=op", {"bash": "openat", "zsh": "openat", "fish": "trace=openat"},
     "close"),
    ("syscope --trace=read,op", {"bash": "read,openat2", "zsh": "openat2",
                                 "fish": "--trace=read,openat2"}, "read,close"),
    ("syscope -e trace=%fi", {"bash": "%file", "zsh": "%file", "fish": "trace=%file"},
     "%net"),
    ("syscope -e signal=SIGK", {"bash": "SIGKILL", "zsh": "SIGKILL",
                                "fish": "signal=SIGKILL"}, "SIGTERM"),
    ("syscope -f --signals=!SIGT", {"bash": "!SIGTERM", "zsh": "SIGTERM",
                                    "fish": "--signals=!SIGTERM"}, "!SIGKILL"),
    ("syscope -e status=fa", {"bash": "failed", "zsh": "failed", "fish": "status=failed"},
     "successful"),
    ("syscope -e tr", {"bash": "trace=", "zsh": "trace=", "fish": "trace="}, "signal="),
    ("syscope --summary-so", {"bash": "--summary-sort-by=", "zsh": "--summary-sort-by=",
                              "fish": "--summary-sort-by"}, "--summary"),
    ("syscope -o out.txt -f --comp", {"bash": "--completion=", "zsh": "--completion=",
                                      "fish": "--completion"}, "--columns="),
    ("syscope --completion f", {"bash": "fish", "zsh": "fish", "fish": "fish"}, "bash"),
    ("syscope rep", {"bash": "report", "zsh": "report", "fish": "report"}, "read"),
]


PID = str(os.getpid())
PID_LINE = "syscope -f -p " + PID[:-1]
AFTER_COMMAND = "syscope -f true -e trace=op"


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    cache = {}

    def get(shell):
        need(shell)
        if shell not in cache:
            lines = [line for line, _, _ in CASES] + [PID_LINE, AFTER_COMMAND]
            cache[shell] = run_shell(tmp_path_factory.mktemp(shell), shell, lines)
        return cache[shell]
    return get


@pytest.mark.parametrize("shell", completion.SHELLS)
@pytest.mark.parametrize("line, offered, absent", CASES)
def test_completes(answers, shell, line, offered, absent):
    words = answers(shell)[line]
    assert offered[shell] in words
    assert absent not in words and (absent[1:] if shell == "zsh" else absent) not in words


@pytest.mark.parametrize("shell", completion.SHELLS)
def test_completes_pids_after_p(answers, shell):
    words = answers(shell)[PID_LINE]
    assert PID in words and all(w.isdigit() and w.startswith(PID[:-1]) for w in words)


@pytest.mark.parametrize("shell", completion.SHELLS)
def test_no_syscope_words_after_the_traced_command(answers, shell):
    words = answers(shell)[AFTER_COMMAND]
    assert "openat" not in words and "trace=openat" not in words


def test_bash_loads_the_printed_script():
    # The documented way: eval "$(syscope --completion bash)".
    cmd = 'eval "$("$@" --completion bash)" && complete -p syscope'
    proc = subprocess.run(["bash", "--norc", "-c", cmd, "bash"] + SYSCOPE, capture_output=True,
                          text=True, timeout=60)
    assert proc.stderr == ""
    assert proc.stdout == "complete -o default -F _syscope syscope\n"


def test_scripts_follow_the_tables():
    # Every option of the command line and every syscall is in every script.
    for shell in completion.SHELLS:
        text = completion.script(shell)
        for name in options.LONG_OPTS:
            assert "--" + name in text or "-l " + name in text, (shell, name)
        for name in ("openat", "clone3", "SIGKILL", "%network"):
            assert name in text, (shell, name)


def test_unknown_shell_is_refused():
    proc = subprocess.run(SYSCOPE + ["--completion", "tcsh"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "syscope: --completion: unknown shell 'tcsh' (choose bash, zsh, fish)\n"
