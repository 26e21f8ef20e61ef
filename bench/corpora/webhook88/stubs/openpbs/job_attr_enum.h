/* Hand-written stand-in for OpenPBS's generated job_attr_enum.h (webhook88 corpus; buildutils/attr_parser.py
 * writes the real one, included inside enum job_atr in job.h, from the job attribute definitions XML). Only the
 * enumerators src/resmom/mom_comm.c names, in alphabetical order (the real order and values differ). */
JOB_ATR_Cookie,
JOB_ATR_SchedSelect,
JOB_ATR_exec_host,
JOB_ATR_exec_host2,
JOB_ATR_exec_vnode,
JOB_ATR_mtime,
JOB_ATR_resc_used,
JOB_ATR_resource,
JOB_ATR_resource_orig,
JOB_ATR_run_version,
JOB_ATR_runcount,
JOB_ATR_sandbox,
JOB_ATR_umask,
JOB_ATR_variables,
