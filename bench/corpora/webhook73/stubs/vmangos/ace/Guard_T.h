/* Hand-written, declaration-only stand-in for ACE's ace/Guard_T.h (webhook73 corpus): the guard templates. */
#ifndef W73_ACE_GUARD_T_H
#define W73_ACE_GUARD_T_H
template <class LOCK> class ACE_Guard {
public:
  ACE_Guard(LOCK &l);
  ~ACE_Guard();
  int locked() const;
};
template <class LOCK> class ACE_Read_Guard : public ACE_Guard<LOCK> { public: ACE_Read_Guard(LOCK &l); };
template <class LOCK> class ACE_Write_Guard : public ACE_Guard<LOCK> { public: ACE_Write_Guard(LOCK &l); };
#endif
