/* Hand-written stand-in for TORQUE's site_svr_attr_enum.h (webhook88 corpus): no site server attributes. */
