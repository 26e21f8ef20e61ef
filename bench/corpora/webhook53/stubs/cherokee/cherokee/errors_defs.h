/* Hand-written stand-in for the cherokee/errors_defs.h that Cherokee's build generates with
 * errors.py (webhook53 corpus): numbers only for the error ids the parsed validator files use;
 * the values are arbitrary. */
#ifndef CHEROKEE_CORPUS_ERRORS_DEFS_H
#define CHEROKEE_CORPUS_ERRORS_DEFS_H
#define CHEROKEE_ERROR_VALIDATOR_AUTHLIST_EMPTY 1
#define CHEROKEE_ERROR_VALIDATOR_AUTHLIST_PASSWORD 2
#define CHEROKEE_ERROR_VALIDATOR_AUTHLIST_USER 3
#define CHEROKEE_ERROR_VALIDATOR_FILE 4
#define CHEROKEE_ERROR_VALIDATOR_FILE_NO_FILE 5
#define CHEROKEE_ERROR_VALIDATOR_METHOD_UNKNOWN 6
#endif
