import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, kept in Postgres so throttling holds across api instances. */
@Entity('login_failure')
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) factoryCode: string;
  @Column({ type: 'text' }) username: string;
  @Column({ type: 'text' }) ip: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
}
