/** Throws before answering: the thread's 'error' event. */
throw new RangeError('the test worker failed on purpose');
