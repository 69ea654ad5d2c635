import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldName } from '../../api/field-errors';
import { showProblem } from './form-problem';

/**
 * The shell of every add/change dialog on the machines screen: save and cancel, busy while saving, and the api's
 * refusal lines (those no field of the form shows) above the form.
 */
export function EditDialog({
  title,
  saving,
  failure,
  onSave,
  onClose,
  children,
}: {
  title: string;
  saving: boolean;
  failure: readonly string[];
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={t('machines.save')}
      cancelText={t('machines.cancel')}
      confirmLoading={saving}
      onOk={onSave}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      {failure.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="machines-failure"
          title={failure.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      {children}
    </Modal>
  );
}

/**
 * An add/change dialog's save: sends the form, refreshes `queryKey`'s list once the api accepted it, and on a refusal
 * shows each error at its field (`hasField`) and returns the rest as `failure` lines for the dialog.
 */
export function useEditSave<V, T>({
  form,
  queryKey,
  send,
  hasField,
  onSaved,
}: {
  form: FormInstance<V>;
  queryKey: readonly unknown[];
  send: (values: V) => Promise<T>;
  hasField: (name: FieldName) => boolean;
  onSaved: (saved: T) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: send,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey });
      onSaved(saved);
    },
    onError: (error) => setFailure(showProblem(form, error, hasField, t('error.network'))),
  });
  return {
    saving: save.isPending,
    failure,
    /** The form's onFinish: every value the form holds (those of hidden fields too), the checked ones on top. */
    submit: (values: V) => {
      setFailure([]);
      save.mutate({ ...form.getFieldsValue(true), ...values } as V);
    },
  };
}
