/* Hand-written stand-in for TORQUE's site_que_attr_enum.h (webhook88 corpus): no site queue attributes. */
