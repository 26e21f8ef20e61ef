/* Hand-written stand-in for TORQUE's site_job_attr_enum.h (configure copies site_job_attr_enum.ht; webhook88
 * corpus): the one placeholder enumerator of the shipped template. */
JOB_SITE_ATR_x,
