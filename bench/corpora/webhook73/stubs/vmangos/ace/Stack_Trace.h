/* Hand-written, declaration-only stand-in for ACE's ace/Stack_Trace.h (webhook73 corpus). */
#ifndef W73_ACE_STACK_TRACE_H
#define W73_ACE_STACK_TRACE_H
class ACE_Stack_Trace {
public:
  ACE_Stack_Trace(long starting_frame_offset = 0, size_t num_frames = 0);
  const char *c_str() const;
};
#endif
