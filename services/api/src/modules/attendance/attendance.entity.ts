import { Entity, Enum, Index, ManyToOne, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'MOPS OB/NB/US, CISI T/N, ZDZ 1/0 mapped to present, absent, excused.',
});

/** One participant's presence at one session; the (session, participant) pair is the natural key. */
@ObjectType({ description: 'A participant\'s attendance record for one session.' })
@Entity({ tableName: 'attendance' })
@Index({ name: 'attendance_participant_index', properties: ['participant'] })
export class Attendance {
  [PrimaryKeyProp]?: ['session', 'participant'];

  @ManyToOne(() => Session, { ref: true, primary: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @ManyToOne(() => Participant, { ref: true, primary: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @Field(() => AttendanceStatus, { description: 'Present, absent or excused.' })
  @Enum({ items: () => AttendanceStatus, type: 'string' })
  status!: AttendanceStatus;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
