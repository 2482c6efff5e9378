"""What a hardware editor checks before a chip figure goes in the table. A reading that breaks
one of these rules is refused unless it is marked ``disputed:`` with a note the page shows.

- Memory bandwidth fits the memory: the fewest stacks that hold the capacity, at their slowest,
  up to 8 stacks at their fastest (stack sizes and speeds in content_src/editorial_rules.yml).
- The capacity fits in 8 stacks.
- Dense figures only: FP8 is not below FP16 and at most twice it, INT8 not below FP16 and at
  most three times it (a sparse figure is twice the dense one; the columns are dense).
"""

from __future__ import annotations

import math

from build_tools.content.chip_cells import Cell, Reading
from build_tools.content.chips import CHIPS_FILE, Chip, Chips
from build_tools.content.editorial_rules import MemoryType, Rules
from build_tools.errors import Problem

MAX_STACKS = 8
RATIOS = {"fp8": (1.0, 2.0), "int8": (1.0, 3.0)}
"""Bounds of a dense figure relative to the same chip's dense FP16."""
_SLACK = 0.02
"""Rounding in the sources (1,979 is 2 x 989.5): two per cent either way."""
_DISPUTE = "check the source, or mark the value disputed with a note the page shows"


def check_plausibility(data: Chips, rules: Rules) -> list[Problem]:
    memory = {m.type.casefold(): m for m in rules.memory}
    problems: list[Problem] = []
    for chip in data.chips:
        problems += _memory(chip, memory)
        problems += _dense(chip)
    return problems


def _checked(cell: Cell | None) -> tuple[Reading, ...]:
    return cell.undisputed if cell and cell.figures else ()


def _memory(chip: Chip, memory: dict[str, MemoryType]) -> list[Problem]:
    kind = chip.cells.get("memory_type")
    stack = memory.get(((kind.text or {}).get("en", "") if kind else "").casefold())
    if stack is None:
        return []
    problems = []
    capacities = _checked(chip.cells.get("memory"))
    for reading in capacities:
        if reading.base > MAX_STACKS * stack.stack_gb:
            problems.append(
                _refused(
                    chip,
                    "memory",
                    reading,
                    f"more than {MAX_STACKS} stacks of {stack.type} hold "
                    f"({MAX_STACKS} x {stack.stack_gb:g} GB)",
                )
            )
    smallest = min((r.base for r in capacities), default=0.0)
    stacks = max(1, math.ceil(smallest / stack.stack_gb - _SLACK))
    low, high = stacks * stack.stack_gbps[0], MAX_STACKS * stack.stack_gbps[1]
    for reading in _checked(chip.cells.get("bandwidth")):
        if reading.base < low * (1 - _SLACK):
            held = f"{smallest:g} GB of {stack.type} needs" if smallest else f"{stack.type} has"
            problems.append(
                _refused(
                    chip,
                    "bandwidth",
                    reading,
                    f"below what the memory can give: {held} at least {stacks} stack"
                    f"{'s' if stacks > 1 else ''} of at least {stack.stack_gbps[0]:g} GB/s "
                    f"({low:g} GB/s); is it an interconnect figure?",
                )
            )
        elif reading.base > high * (1 + _SLACK):
            problems.append(
                _refused(
                    chip,
                    "bandwidth",
                    reading,
                    f"above what {MAX_STACKS} stacks of {stack.type} give ({high:g} GB/s)",
                )
            )
    return problems


def _dense(chip: Chip) -> list[Problem]:
    fp16 = _checked(chip.cells.get("fp16"))
    if not fp16:
        return []
    least, most = min(r.base for r in fp16), max(r.base for r in fp16)
    problems = []
    for key, (floor, ceiling) in RATIOS.items():
        for reading in _checked(chip.cells.get(key)):
            if reading.base < floor * least * (1 - _SLACK):
                problems.append(
                    _refused(chip, key, reading, f"below the chip's FP16 ({least:g} TFLOPS)")
                )
            elif reading.base > ceiling * most * (1 + _SLACK):
                problems.append(
                    _refused(
                        chip,
                        key,
                        reading,
                        f"more than {ceiling:g} x the chip's dense FP16 ({most:g} TFLOPS): "
                        "a figure with sparsity? The column holds dense figures",
                    )
                )
    return problems


def _refused(chip: Chip, key: str, reading: Reading, why: str) -> Problem:
    return Problem(
        CHIPS_FILE, reading.line, f"chip '{chip.id}' {key} {reading.label} is {why}; {_DISPUTE}"
    )
