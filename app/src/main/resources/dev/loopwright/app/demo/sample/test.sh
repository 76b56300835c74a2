#!/usr/bin/env bash
# Compiles the basket and its tests with javac and runs them: every test, or only the ones named.
# Usage: bash test.sh [TestClass...]
set -euo pipefail
cd "$(dirname "$0")"
rm -rf build
mkdir -p build
javac -d build src/*.java test/*.java
tests=("$@")
if [ "${#tests[@]}" -eq 0 ]; then
  for file in test/*Test.java; do
    tests+=("$(basename "$file" .java)")
  done
fi
for test in "${tests[@]}"; do
  java -cp build "$test"
done
echo "All tests passed: ${tests[*]}"
