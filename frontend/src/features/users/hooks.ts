import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changeUser, createUser, listUsers, type User, type UserChange } from './api';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: userKeys.list(), queryFn: ({ signal }) => listUsers(signal) });
}

/** The list is read again after a write; it waits for the write's position (read-your-writes). */
export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** One change to one user; the row shows the server's answer at once, then the list reloads. */
export function useChangeUser(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: UserChange) => changeUser(id, change),
    onSuccess: (changed) => {
      client.setQueryData<User[]>(userKeys.list(), (users) =>
        users?.map((user) =>
          user.id === changed.id
            ? { ...user, role: changed.role, disabled: changed.disabled }
            : user,
        ),
      );
      return client.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
