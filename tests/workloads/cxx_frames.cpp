// Named C++ frames for -k: strace prints their symbols demangled (ns::f1(int)).
#include <unistd.h>

namespace ns {
__attribute__((noinline)) int f1(int depth) { return chdir("") + depth; }
__attribute__((noinline)) int f0(int depth) { return f1(depth + 1) + 1; }
}

int main() { return ns::f0(0) < -10; }
