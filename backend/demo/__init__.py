"""Demo data: `crm demo` seeds a realistic database for trials and benchmarks."""
