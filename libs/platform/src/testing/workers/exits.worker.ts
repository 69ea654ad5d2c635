/** Exits without an answer, as a solver calling process.exit or a thread terminated from outside would. */
process.exit(3);
