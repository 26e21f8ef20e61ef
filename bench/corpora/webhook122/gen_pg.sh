#!/bin/bash
# Generates the build-time headers IvorySQL's backend needs (errcodes.h, nodetags.h, catalog *_d.h, fmgroids.h,
# fmgrprotos.h, probes.h, wait_event_types.h, lwlocknames.h) with the project's own Perl generators, as its
# meson.build does, into /work/corpora/webhook122/stubs/ivorysql-gen. Called by extract.sh.
set -e
P=/work/corpora/webhook122/src/IvorySQL+IvorySQL
O=/work/corpora/webhook122/stubs/ivorysql-gen
rm -rf $O; mkdir -p $O/utils $O/nodes $O/catalog $O/storage
I=$P/src/include
perl $P/src/backend/utils/generate-errcodes.pl --outfile $O/utils/errcodes.h $P/src/backend/utils/errcodes.txt
(cd $I && perl -I $P/src/backend/catalog $P/src/backend/nodes/gen_node_support.pl -o $O/nodes \
  nodes/nodes.h nodes/primnodes.h nodes/parsenodes.h nodes/pathnodes.h nodes/plannodes.h nodes/execnodes.h \
  access/amapi.h access/cmptype.h access/sdir.h access/tableam.h access/tsmapi.h commands/event_trigger.h \
  commands/trigger.h executor/tuptable.h foreign/fdwapi.h nodes/bitmapset.h nodes/extensible.h \
  nodes/lockoptions.h nodes/miscnodes.h nodes/replnodes.h nodes/supportnodes.h nodes/value.h utils/rel.h)
rm -f $O/nodes/*.c
(cd $I/catalog && perl -I $P/src/backend/catalog $P/src/backend/catalog/genbki.pl --include-path=$I \
  --set-version=18 --output=$O/catalog pg_proc.h pg_type.h pg_attribute.h pg_class.h pg_attrdef.h pg_constraint.h pg_inherits.h pg_index.h pg_operator.h pg_opfamily.h pg_opclass.h pg_am.h pg_amop.h pg_amproc.h pg_language.h pg_largeobject_metadata.h pg_largeobject.h pg_aggregate.h pg_statistic.h pg_statistic_ext.h pg_statistic_ext_data.h pg_rewrite.h pg_trigger.h pg_event_trigger.h pg_description.h pg_cast.h pg_enum.h pg_namespace.h pg_conversion.h pg_depend.h pg_database.h pg_db_role_setting.h pg_tablespace.h pg_authid.h pg_auth_members.h pg_shdepend.h pg_shdescription.h pg_ts_config.h pg_ts_config_map.h pg_ts_dict.h pg_ts_parser.h pg_ts_template.h pg_extension.h pg_foreign_data_wrapper.h pg_foreign_server.h pg_user_mapping.h pg_foreign_table.h pg_policy.h pg_replication_origin.h pg_default_acl.h pg_init_privs.h pg_seclabel.h pg_shseclabel.h pg_collation.h pg_parameter_acl.h pg_partitioned_table.h pg_range.h pg_transform.h pg_sequence.h pg_publication.h pg_publication_namespace.h pg_publication_rel.h pg_subscription.h pg_subscription_rel.h pg_package.h pg_package_body.h pg_force_view.h pg_propgraph_element.h pg_propgraph_element_label.h pg_propgraph_label.h pg_propgraph_label_property.h pg_propgraph_property.h  -M=pg)
rm -f $O/catalog/*.bki $O/catalog/*.sql
perl -I $P/src/backend/catalog $P/src/backend/utils/Gen_fmgrtab.pl --include-path=$I --output=$O/utils \
  $I/catalog/pg_language.dat $I/catalog/pg_proc.dat
rm -f $O/utils/*.c
perl -n $P/src/backend/utils/Gen_dummy_probes.pl $P/src/backend/utils/probes.d > $O/utils/probes.h
perl $P/src/backend/utils/activity/generate-wait_event_types.pl --outdir $O/utils --code \
  $P/src/backend/utils/activity/wait_event_names.txt
rm -f $O/utils/*.c
perl $P/src/backend/storage/lmgr/generate-lwlocknames.pl -o $O/storage $I/storage/lwlocklist.h \
  $P/src/backend/utils/activity/wait_event_names.txt
