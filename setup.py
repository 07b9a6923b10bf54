# The C parts are the only thing setup.py adds to pyproject.toml.
from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "syscope.engine._ptrace",
            sources=["src/syscope/engine/_ptrace.c"],
            depends=["src/syscope/engine/_render.c"],
            extra_compile_args=["-O2", "-Wall"],
        ),
        # read -c's line scanner; syscope.logread.fastcount falls back to Python without it
        Extension(
            "syscope.logread._scan",
            sources=["src/syscope/logread/_scan.c"],
            extra_compile_args=["-O2", "-Wall"],
            optional=True,
        ),
    ]
)
